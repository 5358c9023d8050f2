/** Deals moving as they should: a lively exchange with every loop closed, a brand-new deal, a proposal under review. */
import { type Day, isoFromDay, labelDate, monthDay } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { EXPECTED_DAYS, type OpenStage } from '../deal/stages.ts';
import { CUSTOMER_PROMISES } from '../phrasing/commitments.ts';
import { fromParts } from '../phrasing/compose-parts.ts';
import { RECAPS, theyConfirm, weProposeTime } from '../phrasing/meetings.ts';
import { THEIR_ACKS, THEIR_SMALL_NEWS } from '../phrasing/small-talk.ts';
import { askWithAnswer, QUESTION_TOPICS } from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { deadlineKinds, deadlinePhrase, planDated } from '../relative-dates.ts';
import { localDay } from '../zoned-time.ts';
import { anyType, closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

export const healthyActive: Situation = {
  key: 'healthy_active',
  verdict: 'no_action',
  actions: [],
  opportunityType: anyType,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick<OpenStage>(['Discovery', 'Demo', 'Proposal', 'Negotiation']);
    const startDay = kit.day(rng.int(3, 8));
    placeInStage(kit, stage, Math.min(EXPECTED_DAYS[stage] - 2, today - startDay + rng.int(1, 6)));
    closeIn(kit, 20, 90);
    historyBefore(kit, Math.min(startDay, kit.opp.stageEntered) - 1);
    const v = kit.vars();
    const parts: string[] = [];
    // A healthy deal hears from its champion; silence from them would be a different story (multithread).
    let championSpoke = false;

    if (rng.chance(0.6)) {
      const q = rng.pick(QUESTION_TOPICS);
      const asker = rng.chance(0.6) ? champion : kit.other('decision_maker', 'influencer', 'other');
      const av = kit.vars(asker);
      const t = kit.thread('question');
      const qa = askWithAnswer(rng, q, av);
      const asked = t.send(asker, {
        at: kit.at(asker, startDay),
        to: [rep],
        cc: asker === champion ? [] : [champion],
        paragraphs: theirs(rng, av, [qa.ask]),
      });
      championSpoke ||= asker === champion;
      const answered = t.send(rep, {
        at: kit.after(rep, asked.at, 20, 60 * 6),
        paragraphs: ours(rng, av, [qa.answer], 0.2, 0.5),
      });
      if (rng.chance(0.7))
        t.send(asker, {
          at: kit.after(asker, answered.at, 30, 60 * 20),
          paragraphs: [say(rng, THEIR_ACKS, av)],
          bare: rng.chance(0.5),
        });
      parts.push(`${asker.first}'s question of ${labelDate(startDay)} was answered the same day`);
    }
    if (rng.chance(0.5)) {
      const day = kit.day(rng.int(1, 3));
      const start = kit.slot(rep, day);
      kit.meeting({
        purpose: stage === 'Negotiation' ? 'negotiation' : 'technical',
        start,
        status: 'completed',
        attendees: [champion, kit.other('decision_maker', 'influencer')],
      });
      const t = kit.thread('recap');
      const recap = t.send(rep, {
        at: kit.after(rep, start, 60, 240),
        to: [champion],
        paragraphs: ours(rng, v, [say(rng, RECAPS, v)], 0, 0.4),
      });
      if (rng.chance(0.6)) {
        championSpoke = true;
        t.send(champion, {
          at: kit.after(champion, recap.at, 30, 60 * 18),
          paragraphs: theirs(rng, v, [
            say(rng, THEIR_ACKS, v),
            ...(rng.chance(0.4) ? [say(rng, THEIR_SMALL_NEWS, v)] : []),
          ]),
        });
      }
      parts.push(`productive meeting on ${labelDate(day)}`);
    }
    if (!championSpoke || rng.chance(0.6)) {
      const start = kit.upcoming(rep, rng.int(2, 12));
      const t = kit.thread('scheduling');
      const ask = t.send(rep, {
        at: kit.at(rep, kit.day(rng.int(1, 4))),
        to: [champion],
        paragraphs: ours(
          rng,
          v,
          [
            weProposeTime(
              rng,
              kit.when(start, rep),
              rng.pick(['the next step', 'a deeper dive with your team', 'the follow-up session']),
            ),
          ],
          0.4,
          0,
        ),
      });
      const ok = t.send(champion, {
        at: kit.after(champion, ask.at, 20, 60 * 10),
        paragraphs: [theyConfirm(rng, kit.when(start, champion))],
      });
      kit.meeting({
        purpose: stage === 'Discovery' ? 'demo' : 'proposal',
        start,
        status: 'scheduled',
        attendees: [champion],
        booked: kit.after(rep, ok.at, 5, 60),
      });
      parts.push(`next meeting booked for ${labelDate(localDay(start))}`);
    }
    kit.label({ verdict: 'no_action', note: `moving: ${parts.join('; ')}` });
  },
};

export const newDeal: Situation = {
  key: 'new_deal',
  verdict: 'no_action',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion } = kit;
    const created = kit.day(rng.int(2, 6));
    kit.opp.stage = rng.chance(0.6) ? 'Prospecting' : 'Discovery';
    kit.opp.created = created;
    kit.opp.stageEntered = created;
    closeIn(kit, 45, 120);
    const v = kit.vars();
    const t = kit.thread('intro');
    const inbound = t.send(champion, {
      at: kit.at(champion, created),
      to: [rep],
      paragraphs: theirs(rng, v, [
        rng.pick([
          `We are looking at options to replace our reporting setup, and a colleague recommended ${v.seller}. Could we set up an intro call?`,
          `I filled in the form on your website. We have about ${v.seats} people who need dashboards. When can we talk?`,
          'Saw your talk at the conference last week. Would love to learn more about how this could work for us.',
        ]),
      ]),
    });
    const start = kit.upcoming(rep, rng.int(1, 7));
    const reply = t.send(rep, {
      at: kit.after(rep, inbound.at, 30, 60 * 6),
      paragraphs: ours(
        rng,
        v,
        [
          fromParts(
            rng,
            [
              'Thanks for reaching out!',
              'Great to hear from you.',
              'Thanks for getting in touch.',
              'Happy to help.',
            ],
            [
              `How about ${kit.when(start, rep)}?`,
              `I have time on ${kit.when(start, rep)}, if that works.`,
              `Would ${kit.when(start, rep)} suit you?`,
            ],
            [
              'I will send an invite.',
              'Invite on its way; feel free to forward it to colleagues.',
              'I will send a calendar hold with a short agenda.',
            ],
          ),
        ],
        0,
        0,
      ),
    });
    kit.meeting({
      purpose: 'discovery',
      start,
      status: 'scheduled',
      attendees: [champion],
      booked: kit.after(rep, reply.at, 2, 30),
    });
    kit.label({
      verdict: 'no_action',
      note: `new deal from ${labelDate(created)}; discovery call booked for ${labelDate(localDay(start))}`,
    });
  },
};

/** A proposal out for review; the customer either says they will come back, or names the day they will. */
function proposalUnderReview(
  kit: DealKit,
  dated: boolean,
): { who: string; promise?: { text: string; day: Day; what: string } } {
  const { rng, rep, champion, today } = kit;
  const sentDay = kit.day(rng.int(3, 8));
  placeInStage(kit, 'Proposal', today - sentDay + rng.int(0, 2));
  closeIn(kit, 20, 70);
  historyBefore(kit, sentDay - 1);
  const v = kit.vars();
  const t = kit.thread('proposal');
  const sent = t.send(rep, {
    at: kit.at(rep, sentDay),
    to: [champion],
    cc: rng.chance(0.4) ? [kit.buyer] : [],
    paragraphs: ours(rng, v, [
      rng.pick([
        `Attached is our proposal for ${v.seats} ${v.plan} seats.`,
        `Here is the proposal we discussed: ${v.plan}, ${v.seats} seats, 12 months.`,
        `As promised on our call, the proposal is attached: ${v.seats} seats of ${v.plan}, onboarding included.`,
      ]),
    ]),
  });
  const replyDay = Math.min(today - 1, sentDay + rng.int(0, 2));
  const planned = dated
    ? (planDated(rng, deadlineKinds, [replyDay, replyDay], [today + 1, today + 12], (kind, day) =>
        deadlinePhrase(kind, day, champion.style.dateStyle, rng),
      )?.phrase ?? { text: `by ${monthDay(today + 5, champion.style.dateStyle)}`, day: today + 5 })
    : undefined;
  const what = rng.pick(['our feedback', 'a decision', 'the team’s feedback', 'the PO']);
  const closing = planned
    ? rng.pick(CUSTOMER_PROMISES)(what, planned.text)
    : rng.pick([
        'We will come back to you with questions, if any.',
        'I will reach out once finance has had a look.',
        'Give us a little time to go through it.',
      ]);
  t.send(champion, {
    at: replyDay === sentDay ? kit.after(champion, sent.at, 60, 300) : kit.at(champion, replyDay),
    paragraphs: theirs(rng, v, [
      fromParts(
        rng,
        [
          'Thanks, this looks good at first glance.',
          'Received, thank you.',
          'Thanks for turning this around quickly.',
          'Got it, thanks.',
        ],
        [
          'We are reviewing it internally.',
          'It is with finance and the project team now.',
          'I have shared it with our leadership team.',
        ],
      ),
      closing,
    ]),
  });
  return { who: champion.first, ...(planned ? { promise: { ...planned, what } } : {}) };
}

export const reviewingInternally: Situation = {
  key: 'reviewing_internally',
  verdict: 'no_action',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { who } = proposalUnderReview(kit, false);
    kit.label({
      verdict: 'no_action',
      note: `proposal sent days ago; ${who} is reviewing it, well within what the stage allows`,
    });
  },
};

export const customerPromisePending: Situation = {
  key: 'customer_promise_pending',
  verdict: 'monitor',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { who, promise } = proposalUnderReview(kit, true);
    if (!promise) throw new Error('a pending customer promise needs its date');
    kit.label({
      verdict: 'monitor',
      resumeOn: isoFromDay(promise.day),
      note: `${who} will send ${promise.what} ("${promise.text}"), i.e. ${labelDate(promise.day)}: their promise, not yet due; wait until then`,
    });
  },
};
