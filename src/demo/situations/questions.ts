/** A customer asked and nobody answered: sometimes in a quiet thread, sometimes buried in a busy week. */
import { labelDate } from '../calendar.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import type { OpenStage } from '../deal/stages.ts';
import { nonAnswer } from '../phrasing/follow-ups.ts';
import { theyConfirm, weBook, weProposeTime } from '../phrasing/meetings.ts';
import { TOPICS, topicsFitting } from '../phrasing/topics.ts';
import { say } from '../phrasing/vars.ts';
import { anyType, closeIn, historyBefore, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Discovery', 'Demo', 'Proposal', 'Negotiation'];

export const questionUnanswered: Situation = {
  key: 'question_unanswered',
  verdict: 'act_now',
  actions: ['answer_customer'],
  opportunityType: anyType,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const askedDay = kit.day(rng.int(2, 9));
    placeInStage(kit, stage, today - askedDay + rng.int(3, 10));
    closeIn(kit, 14, 80);
    historyBefore(kit, askedDay);

    const variant = rng.weighted([
      ['plain', 4],
      ['busy', 3],
      ['non_answer', 3],
      ['other_contact', 2],
    ] as const);
    const asker =
      variant === 'other_contact'
        ? kit.other('other', 'decision_maker', 'influencer', 'procurement')
        : champion;
    const v = kit.vars(asker);
    const topic = rng.pick(topicsFitting(TOPICS, kit.topicContext));
    const question = say(rng, topic.ask, v);
    const t = kit.thread(rng.chance(0.7) ? topic.subject : 'question');
    const asked = t.send(asker, {
      at: kit.at(asker, askedDay, rng.chance(0.15) ? 'evening' : 'business'),
      to: [rep],
      cc: asker === champion ? [] : [champion],
      paragraphs: theirs(rng, v, [question]),
    });
    let note = `${asker.first} (${asker.title}) asked on ${labelDate(askedDay)}: "${question}"; no answer`;

    if (variant === 'non_answer') {
      // We replied, quoting the question, but said nothing about it.
      t.send(rep, {
        at: kit.after(rep, asked.at, 60, 60 * 30),
        paragraphs: [nonAnswer(rng, v, kit.proposalSent)],
      });
      note += ' (our reply in the thread talks past it)';
    }
    if (variant === 'busy') {
      // A busy week on the deal: scheduling and acknowledgements around the open question.
      const t2 = kit.thread('scheduling');
      const start = kit.upcoming(rep, rng.int(4, 12));
      const proposeDay = Math.min(today - 1, askedDay + rng.int(0, 2));
      const proposed = t2.send(rep, {
        at: kit.at(rep, proposeDay),
        to: [kit.buyer],
        cc: [champion],
        paragraphs: ours(rng, kit.vars(kit.buyer), [
          weProposeTime(rng, kit.when(start, rep), `a pricing review with you and ${champion.first}`),
        ]),
      });
      const confirmed = t2.send(kit.buyer, {
        at: kit.after(kit.buyer, proposed.at, 40, 60 * 20),
        paragraphs: [theyConfirm(rng, kit.when(start, kit.buyer))],
        bare: rng.chance(0.5),
      });
      t2.send(rep, {
        at: kit.after(rep, confirmed.at, 10, 120),
        paragraphs: [weBook(rng, kit.when(start, rep))],
        bare: true,
      });
      kit.meeting({
        purpose: 'proposal',
        start,
        status: 'scheduled',
        attendees: [kit.buyer, champion],
        booked: kit.after(rep, confirmed.at, 15, 130),
      });
      if (rng.chance(0.5)) {
        const t3 = kit.thread('checkin');
        const news = t3.send(champion, {
          at: kit.at(champion, Math.min(today - 1, askedDay + 1)),
          to: [rep],
          paragraphs: [
            rng.pick([
              'FYI: I added our IT lead to the invite list for the review.',
              'Heads up, our CFO will join the pricing review.',
            ]),
          ],
        });
        t3.send(rep, {
          at: kit.after(rep, news.at, 20, 240),
          paragraphs: [rng.pick(['Great, thanks for the heads up.', 'Perfect, glad they can join.'])],
          bare: true,
        });
      }
      note += '; plenty of other mail since (a meeting got booked), but the question is still open';
    }
    if (variant === 'plain' && rng.chance(0.3)) {
      t.send(asker, {
        at: kit.at(asker, Math.min(today - 1, askedDay + rng.int(2, 4))),
        paragraphs: [
          rng.pick([
            'Any thoughts on the above?',
            'Bumping this one. We need it for our review.',
            'Hi, following up on my question below.',
          ]),
        ],
        bare: true,
      });
      note += `; ${asker.first} followed up`;
    }
    kit.label({ verdict: 'act_now', actions: ['answer_customer'], note });
  },
};
