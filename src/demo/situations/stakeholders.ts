/** The champion is gone: the mailbox bounces, an auto-reply says they left, or they simply stopped answering. */
import { labelDate } from '../calendar.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { EXPECTED_DAYS, type OpenStage } from '../deal/stages.ts';
import { leftCompany } from '../mail/auto-replies.ts';
import { bounceFor } from '../mail/bounces.ts';
import { firstNudge, secondNudge, standingUpdate } from '../phrasing/follow-ups.ts';
import { THEIR_ACKS } from '../phrasing/small-talk.ts';
import { askWithAnswer, QUESTION_TOPICS } from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Demo', 'Proposal', 'Negotiation'];

export const championGone: Situation = {
  key: 'champion_gone',
  verdict: 'act_now',
  actions: ['multithread', 're_engage'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const v = kit.vars();
    const variant = rng.weighted([
      ['bounce', 4],
      ['left', 4],
      ['silent', 3],
    ] as const);

    if (variant === 'silent') {
      // The champion stopped answering while someone else at the account was still in touch.
      const quiet = EXPECTED_DAYS[stage] + rng.int(6, 20);
      const lastHeard = kit.day(quiet);
      placeInStage(kit, stage, today - lastHeard + rng.int(3, 10));
      closeIn(kit, 15, 60);
      historyBefore(kit, lastHeard - 1);
      const other = kit.other('procurement', 'decision_maker', 'influencer', 'other');
      const t = kit.thread(kit.standingSubject);
      t.send(rep, {
        at: kit.at(rep, lastHeard + 2),
        to: [champion],
        paragraphs: ours(rng, v, [firstNudge(rng, v, kit.proposalSent)]),
      });
      t.send(rep, {
        at: kit.at(rep, kit.day(rng.int(5, 9))),
        paragraphs: ours(rng, v, [secondNudge(rng, v)], 0, 0.2),
        bare: true,
      });
      const side = kit.thread('security');
      const q = rng.pick(QUESTION_TOPICS);
      const ov = kit.vars(other);
      const qa = askWithAnswer(rng, q, ov);
      const asked = side.send(other, {
        at: kit.at(other, rng.int(lastHeard + 3, Math.max(lastHeard + 3, today - 12))),
        to: [rep],
        paragraphs: theirs(rng, ov, [qa.ask]),
      });
      const answered = side.send(rep, {
        at: kit.after(rep, asked.at, 60, 480),
        paragraphs: ours(rng, ov, [qa.answer]),
      });
      side.send(other, {
        at: kit.after(other, answered.at, 60, 60 * 24),
        paragraphs: [say(rng, THEIR_ACKS, ov)],
        bare: true,
      });
      kit.label({
        verdict: 'act_now',
        actions: ['multithread', 're_engage'],
        note: `${champion.first} (champion) has not answered in ${today - lastHeard} days despite follow-ups; ${other.first} (${other.title}) is still engaged`,
      });
      return;
    }

    const sentDay = kit.day(rng.int(2, 10));
    placeInStage(kit, stage, today - sentDay + rng.int(5, 10));
    closeIn(kit, 15, 70);
    historyBefore(kit, sentDay - 2);
    const t = kit.thread(kit.standingSubject);
    const sent = t.send(rep, {
      at: kit.at(rep, sentDay),
      to: [champion],
      paragraphs: ours(rng, v, [standingUpdate(rng, v, kit.proposalSent)]),
    });
    const successor = kit.buyer;
    const markCrm = rng.chance(0.5);
    if (variant === 'bounce') {
      t.bounce(kit.after(rep, sent.at, 1, 3), bounceFor(rng, champion.email, t.subject), rep);
      if (markCrm) kit.setContactStatus(champion, 'bounced');
      kit.label({
        verdict: 'act_now',
        actions: ['multithread'],
        note: `mail to ${champion.first} (champion) bounced on ${labelDate(sentDay)}${markCrm ? '' : '; the CRM still lists them as active'}; ${successor.first} (${successor.title}) is still there`,
      });
      return;
    }
    t.autoReply(
      champion,
      kit.after(champion, sent.at, 1, 3),
      leftCompany(rng, champion, t.subject, successor),
      rep,
    );
    if (markCrm) kit.setContactStatus(champion, 'left_company');
    kit.label({
      verdict: 'act_now',
      actions: ['multithread'],
      note: `${champion.first} (champion) has left ${champion.company} (auto-reply of ${labelDate(sentDay)}); the deal needs ${successor.first} or another stakeholder`,
    });
  },
};
