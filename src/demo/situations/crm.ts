/** The record is behind the facts: a close date in the past on a live deal, or a signed order form on an open one. */
import { labelDate } from '../calendar.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import type { OpenStage } from '../deal/stages.ts';
import { weBook } from '../phrasing/meetings.ts';
import { THEIR_SMALL_NEWS } from '../phrasing/small-talk.ts';
import { say } from '../phrasing/vars.ts';
import { historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

export const crmStale: Situation = {
  key: 'crm_stale',
  verdict: 'act_now',
  actions: ['fix_crm'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const v = kit.vars();
    if (rng.chance(0.55)) {
      const stage = rng.pick<OpenStage>(['Proposal', 'Negotiation']);
      const lastDay = kit.day(rng.int(2, 8));
      placeInStage(kit, stage, today - lastDay + rng.int(5, 12));
      const closeDay = today - rng.int(3, 40);
      kit.opp.closeDay = closeDay;
      historyBefore(kit, lastDay - 1);
      const t = kit.thread('scheduling');
      const start = kit.upcoming(rep, rng.int(3, 12));
      const update = t.send(champion, {
        at: kit.at(champion, lastDay),
        to: [rep],
        paragraphs: theirs(rng, v, [
          say(rng, THEIR_SMALL_NEWS, v),
          'Can we set up the final terms call with our CFO?',
        ]),
      });
      const booked = t.send(rep, {
        at: kit.after(rep, update.at, 20, 300),
        paragraphs: ours(rng, v, [weBook(rng, kit.when(start, rep))], 0, 0.3),
      });
      kit.meeting({
        purpose: 'negotiation',
        start,
        status: 'scheduled',
        attendees: [champion, kit.buyer],
        booked: booked.at,
      });
      kit.label({
        verdict: 'act_now',
        actions: ['fix_crm'],
        note: `close date ${labelDate(closeDay)} is in the past, but the deal is alive (final terms call booked)`,
      });
      return;
    }
    const stage = rng.pick<OpenStage>(['Proposal', 'Negotiation']);
    const signedDay = kit.day(rng.int(2, 8));
    placeInStage(kit, stage, today - signedDay + rng.int(5, 15));
    kit.opp.closeDay = today + rng.int(5, 30);
    historyBefore(kit, signedDay - 1);
    const writer = rng.chance(0.6) ? champion : kit.other('procurement', 'legal');
    const t = kit.thread('contract');
    const signed = t.send(writer, {
      at: kit.at(writer, signedDay),
      to: [rep],
      cc: writer === champion ? [] : [champion],
      paragraphs: theirs(rng, kit.vars(writer), [
        rng.pick([
          'Signed order form attached. PO to follow from procurement this week.',
          'Please find the countersigned order form attached. Welcome aboard, I guess!',
          'Attached is the executed agreement. Our AP team will set you up as a vendor.',
          'Good news: all signatures are done. Signed copy attached.',
        ]),
      ]),
    });
    if (rng.chance(0.6)) {
      t.send(rep, {
        at: kit.after(rep, signed.at, 20, 400),
        paragraphs: [
          rng.pick([
            'Fantastic, thank you! I will introduce you to your onboarding lead shortly.',
            'Thank you! Excited to get started. Kickoff invite coming your way.',
          ]),
        ],
      });
    }
    kit.label({
      verdict: 'act_now',
      actions: ['fix_crm'],
      note: `signed order form received ${labelDate(signedDay)}, yet the deal still sits in ${stage}: mark it won`,
    });
  },
};
