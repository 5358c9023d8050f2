/** Our promises: one missed (act now), one kept or not yet due (no action), including promises seen only in quotes. */
import { labelDate } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import { EXPECTED_DAYS, type OpenStage } from '../deal/stages.ts';
import { DEMO_CONFIG } from '../demo-config.ts';
import { DELIVERY_LEADS, OUR_PROMISES, withDeliveryLead } from '../phrasing/commitments.ts';
import { weBook } from '../phrasing/meetings.ts';
import { THEIR_ACKS, THEIR_SMALL_NEWS } from '../phrasing/small-talk.ts';
import {
  askWithAnswer,
  DELIVERABLE_TOPICS,
  QUESTION_TOPICS,
  type Topic,
  topicsFitting,
} from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { type DatedPhrase, deadlineKinds, deadlinePhrase, planDated } from '../relative-dates.ts';
import { anyType, closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Demo', 'Proposal', 'Negotiation'];

/** Plans our promise: sent in `sentRange` (days ago), due in `dueRange` (days ago; negative is ahead). */
function planPromise(
  kit: DealKit,
  sentAgo: readonly [number, number],
  dueAgo: readonly [number, number],
): { sent: number; phrase: DatedPhrase } {
  const { rng, rep, today } = kit;
  const plan = planDated(
    rng,
    deadlineKinds,
    [today - sentAgo[1], today - sentAgo[0]],
    [today - dueAgo[1], today - dueAgo[0]],
    (kind, sent) => deadlinePhrase(kind, sent, rep.style.dateStyle, rng),
  );
  if (plan) return plan;
  // Always possible: an explicit date in the window.
  const sent = today - sentAgo[1];
  const day = today - dueAgo[0];
  return { sent, phrase: { text: `by ${labelDate(day).slice(4)}`, day } };
}

export const promiseMissed: Situation = {
  key: 'promise_missed',
  verdict: 'act_now',
  actions: ['deliver_commitment', 'answer_customer'],
  opportunityType: anyType,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const v = kit.vars();
    const [minOver, maxOver] = DEMO_CONFIG.overdueDays;
    // Keep the customer's silence within what the stage allows: the problem is ours, not a quiet deal.
    const plan = planPromise(kit, [minOver + 1, EXPECTED_DAYS[stage] - 1], [minOver, maxOver]);
    placeInStage(kit, stage, today - plan.sent + rng.int(2, 6));
    const topic: Topic = rng.pick(topicsFitting(DELIVERABLE_TOPICS, kit.topicContext));
    closeIn(kit, 12, 60);
    historyBefore(kit, plan.sent - 1);

    const what = say(rng, topic.promise, v);
    const variant = rng.weighted([
      ['plain', 5],
      ['chased', 2],
      ['busy', 2],
      ['quote_only', 1],
    ] as const);
    const t = kit.thread(topic.subject);
    const asked = t.send(champion, {
      at: kit.at(champion, plan.sent),
      to: [rep],
      paragraphs: theirs(rng, v, [say(rng, topic.ask, v)]),
    });
    const promiseAt = kit.after(rep, asked.at, 15, 60 * 4);
    const promiseParagraphs = ours(rng, v, [rng.pick(OUR_PROMISES)(what, plan.phrase.text)], 0.2, 0.3);

    if (variant === 'quote_only') {
      // Sent from a phone and never logged: the promise survives only in the quote under the customer's reply.
      const phantom = {
        fromName: rep.name,
        fromEmail: rep.email,
        to: [champion],
        cc: [],
        at: promiseAt,
        subject: `Re: ${t.subject}`,
        ownText: `${rng.pick(['Hi', 'Hey'])} ${champion.first},\n\n${promiseParagraphs.join('\n\n')}\n\n${rep.first}\n\n${rep.style.mobileFooter}`,
      };
      const replyDay = Math.min(plan.phrase.day - 1, plan.sent + rng.int(1, 3));
      t.send(champion, {
        at: kit.at(champion, Math.max(plan.sent + 1, replyDay)),
        to: [rep],
        paragraphs: [
          rng.pick([
            'Great, looking forward to it.',
            'Perfect, thank you!',
            'Thanks, that timing works for us.',
            'Sounds good. Talk then.',
          ]),
        ],
        quote: phantom,
        bare: rng.chance(0.5),
      });
    } else {
      t.send(rep, { at: promiseAt, paragraphs: promiseParagraphs });
    }
    if (rng.chance(0.4)) kit.task(promiseAt, `Send ${what}`, kit.at(rep, plan.phrase.day), 'open');
    if (rng.chance(0.3)) {
      kit.opp.nextStep = `Send ${what}`;
      kit.opp.nextStepDay = plan.phrase.day;
    }

    let actions: Array<'deliver_commitment' | 'answer_customer'> = ['deliver_commitment'];
    let extra = '';
    if (variant === 'chased') {
      const chaseDay = Math.min(today - 1, plan.phrase.day + rng.int(1, 3));
      t.send(champion, {
        at: kit.at(champion, chaseDay),
        paragraphs: theirs(
          rng,
          v,
          [
            rng.pick([
              `Any update on ${what}? Our internal review is coming up.`,
              `Hi, just checking on ${what}. Finance is asking.`,
              `Did I miss ${what}? I can't find it in my inbox.`,
            ]),
          ],
          0,
          0.3,
        ),
        bare: rng.chance(0.3),
      });
      actions = ['deliver_commitment', 'answer_customer'];
      extra = `; ${champion.first} chased it on ${labelDate(chaseDay)}`;
    }
    if (variant === 'busy') {
      // Plenty of mail since, none of it the thing we promised.
      const other = kit.other('decision_maker', 'influencer', 'other');
      const q = rng.pick(QUESTION_TOPICS);
      const t2 = kit.thread('security');
      const qAt = kit.at(other, rng.int(plan.sent + 1, today - 2));
      const qa = askWithAnswer(rng, q, kit.vars(other));
      const asked2 = t2.send(other, {
        at: qAt,
        to: [rep],
        cc: [champion],
        paragraphs: theirs(rng, kit.vars(other), [qa.ask]),
      });
      const answered = t2.send(rep, {
        at: kit.after(rep, asked2.at, 30, 300),
        paragraphs: ours(rng, kit.vars(other), [qa.answer]),
      });
      t2.send(other, {
        at: kit.after(other, answered.at, 60, 60 * 20),
        paragraphs: [say(rng, THEIR_ACKS, v)],
        bare: true,
      });
      const t3 = kit.thread('scheduling');
      const ask = t3.send(champion, {
        at: kit.at(champion, rng.int(plan.sent + 1, today - 1)),
        to: [rep],
        paragraphs: theirs(rng, v, [
          say(rng, THEIR_SMALL_NEWS, v),
          'Can we get the technical deep dive on the calendar?',
        ]),
      });
      const start = kit.upcoming(rep, rng.int(3, 9));
      t3.send(rep, { at: kit.after(rep, ask.at, 20, 200), paragraphs: [weBook(rng, kit.when(start, rep))] });
      kit.meeting({
        purpose: 'technical',
        start,
        status: 'scheduled',
        attendees: [champion, other],
        booked: kit.after(rep, ask.at, 25, 210),
      });
      extra = '; lots of other mail and a meeting booked since, but not this';
    }
    const where =
      variant === 'quote_only' ? ' (the promise shows only in the quote under the customer’s reply)' : '';
    kit.label({
      verdict: 'act_now',
      actions,
      note: `we promised ${what} ${plan.phrase.text} (said ${labelDate(plan.sent)}, due ${labelDate(plan.phrase.day)}); nothing sent${where}${extra}`,
    });
  },
};

export const promiseKept: Situation = {
  key: 'promise_kept',
  verdict: 'no_action',
  actions: [],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const v = kit.vars();
    const variant = rng.weighted([
      ['kept', 5],
      ['quoted_later', 3],
      ['not_yet_due', 2],
    ] as const);
    const plan =
      variant === 'not_yet_due' ? planPromise(kit, [1, 5], [-6, -1]) : planPromise(kit, [6, 12], [2, 8]);
    placeInStage(kit, stage, today - plan.sent + rng.int(2, 8));
    const topic = rng.pick(topicsFitting(DELIVERABLE_TOPICS, kit.topicContext));
    const what = say(rng, topic.promise, v);
    closeIn(kit, 20, 75);
    historyBefore(kit, plan.sent - 1);

    const t = kit.thread(topic.subject);
    const asked = t.send(champion, {
      at: kit.at(champion, plan.sent),
      to: [rep],
      paragraphs: theirs(rng, v, [say(rng, topic.ask, v)]),
    });
    const promised = t.send(rep, {
      at: kit.after(rep, asked.at, 15, 240),
      paragraphs: ours(rng, v, [rng.pick(OUR_PROMISES)(what, plan.phrase.text)], 0.2, 0.3),
    });
    if (variant === 'not_yet_due') {
      kit.label({
        verdict: 'no_action',
        note: `we promised ${what} ${plan.phrase.text}, due ${labelDate(plan.phrase.day)}: not due yet`,
      });
      return;
    }
    const deliveredDay = rng.int(plan.sent + 1, Math.min(plan.phrase.day, today - 2));
    const delivered = t.send(rep, {
      at: kit.at(rep, deliveredDay),
      paragraphs: ours(
        rng,
        v,
        [withDeliveryLead(rng.pick(DELIVERY_LEADS), say(rng, topic.deliver, v))],
        0,
        0.4,
      ),
      to: [champion],
    });
    const ack = t.send(champion, {
      at: kit.after(champion, delivered.at, 45, 60 * 20),
      paragraphs: theirs(rng, v, [say(rng, THEIR_ACKS, v)], 0, 0.2),
    });
    let note = `promised ${what} ${plan.phrase.text} and sent it on ${labelDate(deliveredDay)}`;
    if (variant === 'quoted_later') {
      // A late reply to the old promise: its "by Friday" is quoted text from weeks ago, already kept.
      const replyDay = rng.int(Math.max(deliveredDay + 2, today - 5), today - 1);
      t.send(champion, {
        at: kit.at(champion, replyDay),
        paragraphs: theirs(rng, v, [
          rng.pick([
            'Coming back to this thread: the team went through everything you sent and we are aligned internally. Looking forward to our next session.',
            'Quick update: we reviewed it with finance last week and they had no concerns.',
            'Finally had the chance to go through it properly. All clear from our side.',
          ]),
        ]),
        quote: promised,
      });
      note += `; ${champion.first}'s reply of ${labelDate(replyDay)} quotes the old promise, which was kept`;
    } else if (rng.chance(0.5)) {
      kit.meeting({
        purpose: 'proposal',
        start: kit.upcoming(rep, rng.int(2, 12)),
        status: 'scheduled',
        attendees: [champion],
        booked: kit.after(rep, ack.at, 30, 240),
      });
      note += '; next meeting booked';
    }
    kit.label({ verdict: 'no_action', note });
  },
};
