/** How customers say no (another vendor, no budget, a cancelled project, build in-house) and how we take it. */
import type { Rng } from '../random.ts';
import { fromParts, sometimes } from './compose-parts.ts';
import type { Vars } from './vars.ts';

export function lossMessage(rng: Rng, v: Vars): string {
  const decision = rng.pick([
    `after review we have decided to go with ${v.competitor} for this project.`,
    'we will not be moving forward. The budget for this initiative was cut in our last planning round.',
    'the project has been cancelled on our side, so we will not be proceeding with the purchase.',
    'we have decided to build this in-house with our data team instead.',
    `leadership chose ${v.competitor}, mainly on price.`,
    'we are going to pass. The timing and the cost just do not line up for us.',
    'we are consolidating vendors this year and this did not make the cut.',
    `the steering committee picked ${v.competitor}; their rollout plan fit our IT constraints better.`,
  ]);
  return fromParts(
    rng,
    [
      'Thank you for all the effort.',
      'I wanted to let you know where we landed.',
      'I am sorry to be the bearer of bad news.',
      'Thanks for your patience through our process.',
      '',
    ],
    [
      `Unfortunately ${decision}`,
      `After a lot of back and forth, ${decision}`,
      `In the end ${decision}`,
      `I'm afraid ${decision}`,
    ],
    sometimes(0.6, [
      'I really appreciated how responsive you were.',
      'Happy to give you more detail on a call if it helps.',
      'Maybe our paths will cross again.',
      'Please pass my thanks to your solutions engineer.',
      'It was a close call.',
    ]),
  );
}

/** Our gracious reply to a no; it accepts the decision and asks for nothing that keeps the deal alive. */
export function lossReply(rng: Rng): string {
  return fromParts(
    rng,
    [
      'Thanks for letting me know.',
      'Sorry to hear it, but I appreciate the heads-up.',
      'Understood, and thank you for the candid update.',
      'Thank you for telling me directly.',
    ],
    sometimes(0.7, [
      'Would you be open to sharing what tipped the decision?',
      'If anything changes, I am here.',
      'Best of luck with the project.',
      'I will close this out on our side.',
    ]),
  );
}
