/**
 * Deals that went quiet after our last touch for longer than their stage allows: plain silence, silence broken only
 * by an out-of-office auto-reply, and a customer who promised something and went silent past their own date.
 */
import { type Day, labelDate } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { EXPECTED_DAYS, type OpenStage } from '../deal/stages.ts';
import type { Thread } from '../deal/thread.ts';
import { DEMO_CONFIG } from '../demo-config.ts';
import { outOfOffice } from '../mail/auto-replies.ts';
import { CUSTOMER_PROMISES, customerDeliverables, NUDGES_ON_THEIR_PROMISE } from '../phrasing/commitments.ts';
import { firstNudge, secondNudge, standingUpdate } from '../phrasing/follow-ups.ts';
import { deadlineKinds, deadlinePhrase, planDated } from '../relative-dates.ts';
import type { Moment } from '../zoned-time.ts';
import { closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Discovery', 'Demo', 'Proposal', 'Negotiation'];

/** Our unanswered follow-ups between `from` and `to` (days), the last at least four days ago. */
function nudges(kit: DealKit, t: Thread, from: Day, to: Day): Array<{ day: Day; at: Moment }> {
  const { rng, rep } = kit;
  const count = rng.int(1, 3);
  const sent: Array<{ day: Day; at: Moment }> = [];
  const span = Math.max(1, to - from);
  for (let i = 0; i < count; i++) {
    const day = kit.day(kit.today - Math.min(to, from + Math.round((span * (i + 1)) / count)));
    if (sent.length > 0 && day <= (sent.at(-1)?.day ?? 0)) continue;
    const mail = t.send(rep, {
      at: kit.at(rep, day),
      paragraphs: ours(
        rng,
        kit.vars(),
        [i === 0 ? firstNudge(rng, kit.vars(), kit.proposalSent) : secondNudge(rng, kit.vars())],
        0,
        0.2,
      ),
      bare: i > 0 && rng.chance(0.4),
    });
    sent.push({ day, at: mail.at });
  }
  return sent;
}

export const goneQuiet: Situation = {
  key: 'gone_quiet',
  verdict: 'act_now',
  actions: ['re_engage'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const [minBeyond, maxBeyond] = DEMO_CONFIG.quietBeyondStageDays;
    const quietDays = EXPECTED_DAYS[stage] + rng.int(minBeyond, maxBeyond);
    const lastHeard = kit.day(quietDays);
    placeInStage(kit, stage, today - lastHeard + rng.int(2, 12));
    closeIn(kit, 10, 60);
    historyBefore(kit, lastHeard - 2);
    const v = kit.vars();
    const variant = rng.weighted([
      ['silence', 5],
      ['auto_reply', 3],
      ['their_promise_late', 3],
    ] as const);

    const t = kit.thread(kit.standingSubject);
    const opener = t.send(rep, {
      at: kit.at(rep, lastHeard - 1),
      to: [champion],
      paragraphs: ours(rng, v, [standingUpdate(rng, v, kit.proposalSent)]),
    });

    if (variant === 'their_promise_late') {
      const plan = planDated(
        rng,
        deadlineKinds,
        [lastHeard, lastHeard],
        [lastHeard + 1, lastHeard + 10],
        (kind, sent) => deadlinePhrase(kind, sent, champion.style.dateStyle, rng),
      );
      const due = plan?.phrase.day ?? lastHeard + 7;
      const when = plan?.phrase.text ?? `by ${labelDate(due).slice(4)}`;
      const what = rng.pick(customerDeliverables(kit.proposalSent));
      t.send(champion, {
        at: kit.after(champion, opener.at, 120, 60 * 20),
        paragraphs: theirs(rng, v, [rng.pick(CUSTOMER_PROMISES)(what, when)]),
      });
      const nudgeDay = kit.day(Math.max(4, today - (due + rng.int(2, 5))));
      t.send(rep, {
        at: kit.at(rep, Math.max(nudgeDay, due + 1)),
        paragraphs: [rng.pick(NUDGES_ON_THEIR_PROMISE)(what)],
      });
      kit.label({
        verdict: 'act_now',
        actions: ['re_engage'],
        note: `${champion.first} promised ${what} ${when} (due ${labelDate(due)}); their promise, not ours, is late and they have been silent ${today - lastHeard} days in ${stage} (expected ${EXPECTED_DAYS[stage]})`,
      });
      return;
    }

    t.send(champion, {
      at: kit.after(champion, opener.at, 120, 60 * 20),
      paragraphs: theirs(rng, v, [
        rng.pick([
          'Thanks, will review and get back to you.',
          'Got it, thanks. Let me digest this.',
          'Thanks! Will circulate internally.',
        ]),
      ]),
    });
    const sent = nudges(kit, t, lastHeard + 5, today - 4);
    let note = `no reply in ${today - lastHeard} days (expected ${EXPECTED_DAYS[stage]} in ${stage}) despite ${sent.length} follow-up${sent.length === 1 ? '' : 's'}; nothing booked`;
    const first = sent[0];
    if (variant === 'auto_reply' && first) {
      const back = first.day + rng.int(3, 8);
      if (back < today - 2) {
        t.autoReply(
          champion,
          kit.after(champion, first.at, 1, 3),
          outOfOffice(rng, champion, t.subject, back, kit.other('user', 'influencer')),
          rep,
        );
        note += `; the only answer was an out-of-office auto-reply (back ${labelDate(back)}), not a reply`;
      }
    }
    kit.label({ verdict: 'act_now', actions: ['re_engage'], note });
  },
};
