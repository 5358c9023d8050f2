/** A situation is one way a deal can stand today; it writes the deal's recent story and the label that follows. */
import type { NextBestAction, Verdict } from '../../domain/labels/labels-schema.ts';
import type { Opportunity } from '../../domain/workspace/workspace-schema.ts';
import type { Day } from '../calendar.ts';
import type { DealKit } from '../deal/deal-kit.ts';
import { writeHistory } from '../deal/history.ts';
import { EXPECTED_DAYS, OPEN_STAGES, type OpenStage, stageIndex } from '../deal/stages.ts';
import type { SituationKey } from '../demo-config.ts';
import type { Rng } from '../random.ts';

export interface Situation {
  readonly key: SituationKey;
  /** The verdict of every deal this situation writes; closed deals carry no label. */
  readonly verdict: Verdict | 'closed';
  /** Every action its labels can carry, for coverage checks. */
  readonly actions: readonly NextBestAction[];
  readonly opportunityType: (rng: Rng) => Opportunity['type'];
  build(kit: DealKit): void;
}

export const newBusiness = (): Opportunity['type'] => 'new_business';
export const renewal = (): Opportunity['type'] => 'renewal';
export const expansion = (): Opportunity['type'] => 'expansion';
export const anyType = (rng: Rng): Opportunity['type'] =>
  rng.weighted<Opportunity['type']>([
    ['new_business', 6],
    ['expansion', 2],
    ['renewal', 2],
  ]);

/** Puts the deal in `stage` since `daysInStage` days ago, with a plausible creation date before that. */
export function placeInStage(
  kit: DealKit,
  stage: OpenStage | 'Closed Won' | 'Closed Lost',
  daysInStage: number,
): void {
  const { rng, opp } = kit;
  opp.stage = stage;
  opp.stageEntered = kit.today - Math.max(1, daysInStage);
  const index = OPEN_STAGES.includes(stage as OpenStage)
    ? stageIndex(stage as OpenStage)
    : OPEN_STAGES.length;
  const before = OPEN_STAGES.slice(0, index).reduce(
    (sum, s) => sum + EXPECTED_DAYS[s] * (0.5 + rng.next() * 0.7),
    0,
  );
  opp.created = opp.stageEntered - Math.round(before) - rng.int(1, 6);
}

/** A stage among `stages`, weighted toward the middle of the funnel where most open deals sit. */
export function pickStage(rng: Rng, stages: readonly OpenStage[]): OpenStage {
  return rng.pick(stages);
}

/** A close date `min` to `max` days ahead: in the future, as a healthy record has it. */
export function closeIn(kit: DealKit, min: number, max: number): void {
  kit.opp.closeDay = kit.today + kit.rng.int(min, max);
}

/** Writes the closed lead-up so that it ends a few days before the situation's own events start on `tailStart`. */
export function historyBefore(kit: DealKit, tailStart: Day): void {
  writeHistory(kit, tailStart - 3);
}

/** The customer side of a renewal or expansion: the contract the deal is about. */
export function contractEndsIn(kit: DealKit, min: number, max: number): Day {
  const end = kit.today + kit.rng.int(min, max);
  kit.opp.contractEnd = end;
  kit.opp.licensedSeats = kit.opp.seats;
  return end;
}
