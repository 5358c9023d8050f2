/** A customer raised a competitor, a price objection or a doubt, and it still needs an answer; or said no outright. */
import { labelDate } from '../calendar.ts';
import { ours, theirs } from '../deal/paragraphs.ts';
import type { OpenStage } from '../deal/stages.ts';
import { COMPETITOR_CALL_NOTES, DOUBT_CALL_NOTES, PRICE_CALL_NOTES } from '../phrasing/call-notes.ts';
import { lossMessage, lossReply } from '../phrasing/losses.ts';
import { COMPETITOR_MENTIONS, DOUBTS, PRICE_OBJECTIONS } from '../phrasing/risks.ts';
import { say } from '../phrasing/vars.ts';
import { closeIn, historyBefore, newBusiness, placeInStage, type Situation } from './situation.ts';

const STAGES: readonly OpenStage[] = ['Demo', 'Proposal', 'Negotiation'];

export const riskRaised: Situation = {
  key: 'risk_raised',
  verdict: 'act_now',
  actions: ['respond_to_risk', 'answer_customer'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const kind = rng.weighted([
      ['competitor', 4],
      ['price', 3],
      ['doubt', 2],
    ] as const);
    // A price objection answers a proposal, so it comes once there is one.
    const stage = kind === 'price' ? rng.pick<OpenStage>(['Proposal', 'Negotiation']) : rng.pick(STAGES);
    const raisedDay = kit.day(rng.int(1, 6));
    placeInStage(kit, stage, today - raisedDay + rng.int(3, 10));
    closeIn(kit, 14, 60);
    historyBefore(kit, raisedDay);
    const bank = kind === 'competitor' ? COMPETITOR_MENTIONS : kind === 'price' ? PRICE_OBJECTIONS : DOUBTS;
    const notes =
      kind === 'competitor' ? COMPETITOR_CALL_NOTES : kind === 'price' ? PRICE_CALL_NOTES : DOUBT_CALL_NOTES;
    const what =
      kind === 'competitor'
        ? `a competitor (${kit.competitor})`
        : kind === 'price'
          ? 'a pricing objection'
          : 'a doubt';

    if (rng.chance(0.35)) {
      // Raised on a call; the rep's own note is the only record.
      kit.call(kit.at(rep, raisedDay), champion, say(rng, notes, kit.vars()));
      kit.label({
        verdict: 'act_now',
        actions: ['respond_to_risk'],
        note: `${champion.first} raised ${what} on the call of ${labelDate(raisedDay)}; no response since`,
      });
      return;
    }
    const writer = rng.chance(0.75) ? champion : kit.buyer;
    const v = kit.vars(writer);
    kit.thread(kit.standingSubject).send(writer, {
      at: kit.at(writer, raisedDay),
      to: [rep],
      cc: writer === champion ? [] : [champion],
      paragraphs: theirs(rng, v, [
        say(rng, bank, v),
        ...(rng.chance(0.4) ? ['How would you suggest we handle this?'] : []),
      ]),
    });
    kit.label({
      verdict: 'act_now',
      actions: ['respond_to_risk', 'answer_customer'],
      note: `${writer.first} raised ${what} by email on ${labelDate(raisedDay)}; not answered`,
    });
  },
};

export const customerSaidNo: Situation = {
  key: 'customer_said_no',
  verdict: 'act_now',
  actions: ['review_loss'],
  opportunityType: newBusiness,
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const stage = rng.pick(STAGES);
    const saidDay = kit.day(rng.int(1, 8));
    placeInStage(kit, stage, today - saidDay + rng.int(4, 14));
    closeIn(kit, 5, 45);
    historyBefore(kit, saidDay - 1);
    const writer = rng.chance(0.7) ? champion : kit.buyer;
    const v = kit.vars(writer);
    const t = kit.thread(kit.standingSubject);
    const noAt = kit.at(writer, saidDay);
    t.send(rep, {
      at: kit.notAfter(kit.at(rep, saidDay - rng.int(1, 4)), noAt),
      to: [writer],
      paragraphs: ours(rng, v, [
        rng.pick([
          'Checking in on the decision timeline.',
          'Any news from the review committee?',
          kit.proposalSent
            ? 'Wanted to see whether you had a chance to discuss the proposal internally.'
            : 'Wanted to see how the internal discussion after the demo went.',
        ]),
      ]),
    });
    const no = t.send(writer, { at: noAt, paragraphs: theirs(rng, v, [lossMessage(rng, v)], 0.1, 0) });
    if (rng.chance(0.4)) {
      t.send(rep, { at: kit.after(rep, no.at, 30, 60 * 20), paragraphs: [lossReply(rng)] });
    }
    kit.label({
      verdict: 'act_now',
      actions: ['review_loss'],
      note: `${writer.first} said no on ${labelDate(saidDay)}; the deal is still open in the CRM`,
    });
  },
};
