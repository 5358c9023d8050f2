/** Closed deals, won and lost: part of any CRM export, with their history, and no label. */
import { ours, theirs } from '../deal/paragraphs.ts';
import { fromParts, sometimes } from '../phrasing/compose-parts.ts';
import { lossMessage, lossReply } from '../phrasing/losses.ts';
import { historyBefore, placeInStage, type Situation } from './situation.ts';

export const closedWon: Situation = {
  key: 'closed_won',
  verdict: 'closed',
  actions: [],
  opportunityType: (rng) => (rng.chance(0.75) ? 'new_business' : 'expansion'),
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const closeDay = kit.day(rng.int(5, 150));
    placeInStage(kit, 'Closed Won', today - closeDay);
    kit.opp.closeDay = closeDay;
    kit.opp.closed = 'won';
    // The lead-up is written as for a deal in negotiation, ending before the signature.
    kit.opp.stage = 'Negotiation';
    historyBefore(kit, closeDay - 1);
    kit.opp.stage = 'Closed Won';
    const v = kit.vars();
    const t = kit.thread('contract');
    const signed = t.send(champion, {
      at: kit.at(champion, closeDay),
      to: [rep],
      paragraphs: theirs(rng, v, [
        fromParts(
          rng,
          [
            'Signed order form attached.',
            'All signed on our side; copy attached.',
            'Executed agreement attached.',
            'Good news: the contract is signed.',
          ],
          [
            'Looking forward to the kickoff.',
            'PO to follow.',
            'Our AP team will be in touch about vendor setup.',
            '',
          ],
        ),
      ]),
    });
    t.send(rep, {
      at: kit.after(rep, signed.at, 20, 300),
      paragraphs: ours(
        rng,
        v,
        [
          fromParts(
            rng,
            ['Thank you!', 'Fantastic news, thank you.', 'Wonderful, thanks for driving this internally.'],
            [
              'Your onboarding lead will reach out to schedule the kickoff.',
              'I will introduce you to your customer success manager today.',
              'Kickoff invite coming your way shortly.',
            ],
            sometimes(0.5, [
              'Excited to get started.',
              'Welcome aboard!',
              'Talk soon.',
              'Congratulations to the whole team.',
            ]),
          ),
        ],
        0,
        0,
      ),
    });
  },
};

export const closedLost: Situation = {
  key: 'closed_lost',
  verdict: 'closed',
  actions: [],
  opportunityType: () => 'new_business',
  build(kit) {
    const { rng, rep, champion, today } = kit;
    const closeDay = kit.day(rng.int(5, 150));
    placeInStage(kit, 'Closed Lost', today - closeDay);
    kit.opp.closeDay = closeDay;
    kit.opp.closed = 'lost';
    kit.opp.stage = 'Proposal';
    historyBefore(kit, closeDay - 1);
    kit.opp.stage = 'Closed Lost';
    const v = kit.vars();
    const t = kit.thread('proposal');
    const no = t.send(champion, {
      at: kit.at(champion, closeDay - rng.int(0, 3)),
      to: [rep],
      paragraphs: theirs(rng, v, [lossMessage(rng, v)], 0.1, 0),
    });
    if (rng.chance(0.5)) t.send(rep, { at: kit.after(rep, no.at, 30, 600), paragraphs: [lossReply(rng)] });
  },
};
