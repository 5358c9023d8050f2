/**
 * The customer asked us to wait until a date: when the date has come we act, before it we watch. A legal or
 * procurement review with a stated timeline, and an out-of-office with a return date, are waits of the same kind.
 */
import { type Day, isoFromDay, labelDate, monthDay } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import type { OpenStage } from '../deal/stages.ts';
import { outOfOffice } from '../mail/auto-replies.ts';
import { fromParts } from '../phrasing/compose-parts.ts';
import {
  DEFERRAL_REASONS,
  DEFERRAL_REASSURANCES,
  deferralAck,
  REVIEW_TIMELINES,
} from '../phrasing/deferral-mail.ts';
import { firstNudge, standingUpdate } from '../phrasing/follow-ups.ts';
import { maybe } from '../phrasing/vars.ts';
import {
  type DeferralPhrase,
  deadlineKinds,
  deadlinePhrase,
  deferralKinds,
  deferralPhrase,
  planDated,
} from '../relative-dates.ts';
import { anyType, closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Discovery', 'Demo', 'Proposal', 'Negotiation'];

/** Writes the wait request (and often our acknowledgement); returns what the label needs. */
function writeDeferral(
  kit: DealKit,
  sentRange: readonly [Day, Day],
  resumeRange: readonly [Day, Day],
): { sent: Day; phrase: DeferralPhrase; who: string } {
  const { rng, rep } = kit;
  const writer = rng.chance(0.8) ? kit.champion : kit.buyer;
  const plan =
    planDated(rng, deferralKinds, sentRange, resumeRange, (kind, sent) =>
      deferralPhrase(kind, sent, writer.style.dateStyle, rng),
    ) ??
    (() => {
      const sent = sentRange[0];
      const day = resumeRange[1];
      return {
        sent,
        phrase: {
          kind: 'on_date',
          text: `Please check back with me on ${monthDay(day, writer.style.dateStyle)}.`,
          day,
        } as DeferralPhrase,
      };
    })();
  const stage = rng.pick(STAGES);
  placeInStage(kit, stage, kit.today - plan.sent + rng.int(3, 15));
  historyBefore(kit, plan.sent - 2);
  const v = kit.vars(writer);
  const t = kit.thread(kit.standingSubject);
  const askedAt = kit.at(writer, plan.sent, rng.chance(0.15) ? 'evening' : 'business');
  t.send(rep, {
    at: kit.notAfter(kit.at(rep, plan.sent - rng.int(1, 2)), askedAt),
    to: [writer],
    paragraphs: ours(rng, v, [firstNudge(rng, v, kit.proposalSent)], 0.3, 0),
  });
  const reason =
    plan.phrase.kind === 'on_date'
      ? maybe(rng, 0.3, DEFERRAL_REASONS, v)
      : maybe(rng, 0.75, DEFERRAL_REASONS, v);
  const asked = t.send(writer, {
    at: askedAt,
    paragraphs: theirs(
      rng,
      v,
      [...reason, plan.phrase.text, ...maybe(rng, 0.6, DEFERRAL_REASSURANCES, v)],
      0.2,
      0.2,
    ),
  });
  if (rng.chance(0.7)) {
    const when = rng.chance(0.3) ? `on ${monthDay(plan.phrase.day, rep.style.dateStyle)}` : 'then';
    const ack = t.send(rep, {
      at: kit.after(rep, asked.at, 30, 60 * 20),
      paragraphs: [deferralAck(rng, when)],
      bare: rng.chance(0.3),
    });
    if (rng.chance(0.4))
      kit.task(ack.at, `Follow up with ${writer.first}`, kit.at(rep, plan.phrase.day, 'morning'), 'open');
  }
  return { sent: plan.sent, phrase: plan.phrase, who: writer.first };
}

export const deferralDue: Situation = {
  key: 'deferral_due',
  verdict: 'act_now',
  actions: ['resume_after_deferral'],
  opportunityType: anyType,
  build(kit) {
    const { today } = kit;
    const { sent, phrase, who } = writeDeferral(kit, [today - 50, today - 5], [today - 9, today]);
    closeIn(kit, 20, 90);
    kit.label({
      verdict: 'act_now',
      actions: ['resume_after_deferral'],
      note: `${who} asked on ${labelDate(sent)} to wait ("${phrase.text}"), which means ${labelDate(phrase.day)}; that date has come`,
    });
  },
};

export const deferralFuture: Situation = {
  key: 'deferral_future',
  verdict: 'monitor',
  actions: [],
  opportunityType: anyType,
  build(kit) {
    const { rng, rep, today } = kit;
    if (rng.chance(0.3)) {
      // A review the customer owns, with the date they gave for its end.
      const writer = rng.chance(0.5) ? kit.other('legal', 'procurement') : kit.champion;
      const plan = planDated(
        rng,
        deadlineKinds,
        [today - 20, today - 1],
        [today + 2, today + 30],
        (kind, sent) => deadlinePhrase(kind, sent, writer.style.dateStyle, rng),
      );
      if (plan) {
        placeInStage(kit, 'Negotiation', today - plan.sent + rng.int(3, 12));
        historyBefore(kit, plan.sent - 2);
        const v = kit.vars(writer);
        const t = kit.thread('contract');
        const reviewAt = kit.at(writer, plan.sent);
        t.send(rep, {
          at: kit.notAfter(kit.at(rep, plan.sent - rng.int(1, 3)), reviewAt),
          to: [writer],
          cc: writer === kit.champion ? [] : [kit.champion],
          paragraphs: ours(rng, v, ['Attached is the MSA and order form for your review.'], 0.2, 0.4),
        });
        const review = t.send(writer, {
          at: reviewAt,
          paragraphs: theirs(rng, v, [rng.pick(REVIEW_TIMELINES)(plan.phrase.text)]),
        });
        if (rng.chance(0.6)) {
          const reply = fromParts(
            rng,
            [
              'Thanks, understood.',
              'Great, thanks for the timeline.',
              'Perfect, thank you.',
              'Appreciate the update.',
            ],
            [
              'I am here if legal has questions.',
              'Let me know if anything comes up in the review.',
              'Our counsel is on standby if a call would speed things up.',
              'Happy to walk anyone through the terms.',
            ],
          );
          t.send(rep, { at: kit.after(rep, review.at, 30, 600), paragraphs: [reply], bare: true });
        }
        kit.opp.closeDay = plan.phrase.day + rng.int(10, 45);
        kit.label({
          verdict: 'monitor',
          resumeOn: isoFromDay(plan.phrase.day),
          note: `${writer.first} (${writer.title}) said on ${labelDate(plan.sent)} that the review ends ("${plan.phrase.text}"), i.e. ${labelDate(plan.phrase.day)}`,
        });
        return;
      }
    }
    const { sent, phrase, who } = writeDeferral(kit, [today - 45, today - 1], [today + 3, today + 110]);
    kit.opp.closeDay = phrase.day + rng.int(14, 60);
    kit.label({
      verdict: 'monitor',
      resumeOn: isoFromDay(phrase.day),
      note: `${who} asked on ${labelDate(sent)} to wait ("${phrase.text}"): resume on ${labelDate(phrase.day)}`,
    });
  },
};

export const outOfOfficeUntil: Situation = {
  key: 'out_of_office',
  verdict: 'monitor',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const sentDay = kit.day(rng.int(1, 4));
    placeInStage(kit, stage, today - sentDay + rng.int(2, 8));
    closeIn(kit, 20, 70);
    historyBefore(kit, sentDay - 1);
    const v = kit.vars();
    const t = kit.thread(kit.standingSubject);
    const sent = t.send(rep, {
      at: kit.at(rep, sentDay),
      to: [champion],
      paragraphs: ours(rng, v, [standingUpdate(rng, v, kit.proposalSent)]),
    });
    const back = today + rng.int(2, 12);
    t.autoReply(
      champion,
      kit.after(champion, sent.at, 1, 2),
      outOfOffice(
        rng,
        champion,
        t.subject,
        back,
        rng.chance(0.5) ? kit.other('user', 'influencer') : undefined,
      ),
      rep,
    );
    kit.label({
      verdict: 'monitor',
      resumeOn: isoFromDay(back),
      note: `${champion.first} is out of office until ${labelDate(back)} (auto-reply to our mail of ${labelDate(sentDay)}); nothing to do before then`,
    });
  },
};
