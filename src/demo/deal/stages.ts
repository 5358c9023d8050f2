/** The demo pipeline and the stage history that leads a deal to its current stage. */
import type { Pipeline } from '../../domain/workspace/workspace-schema.ts';
import type { Day } from '../calendar.ts';
import type { Rng } from '../random.ts';

export const OPEN_STAGES = ['Prospecting', 'Discovery', 'Demo', 'Proposal', 'Negotiation'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

/** How long a healthy deal usually stays in each stage; the same figures as the shared example. */
export const EXPECTED_DAYS: Record<OpenStage, number> = {
  Prospecting: 14,
  Discovery: 21,
  Demo: 14,
  Proposal: 14,
  Negotiation: 21,
};

export const DEMO_PIPELINE: Pipeline = {
  stages: [
    ...OPEN_STAGES.map((name, i) => ({ name, order: i + 1, expectedDays: EXPECTED_DAYS[name] })),
    { name: 'Closed Won', order: 6 },
    { name: 'Closed Lost', order: 7 },
  ],
  closedWon: 'Closed Won',
  closedLost: 'Closed Lost',
};

export const stageIndex = (stage: OpenStage): number => OPEN_STAGES.indexOf(stage);

/**
 * Days on which the deal entered each stage up to `current`, from `created` to `enteredCurrent`. Deals do not
 * always start at the first stage, and skip a stage now and then, as real pipelines do.
 */
export function stagePath(
  rng: Rng,
  created: Day,
  current: string,
  enteredCurrent: Day,
): Array<{ stage: string; day: Day }> {
  const currentIndex = OPEN_STAGES.indexOf(current as OpenStage);
  const last = currentIndex >= 0 ? currentIndex : OPEN_STAGES.length - 1;
  const first = Math.min(last, rng.chance(0.6) ? 0 : 1);
  const stages: string[] = OPEN_STAGES.slice(first, last + 1).filter(
    (s, i, all) => i === 0 || i === all.length - 1 || rng.chance(0.85) || s === 'Proposal',
  );
  if (currentIndex < 0) stages.push(current);
  const path: Array<{ stage: string; day: Day }> = [];
  const span = Math.max(0, enteredCurrent - created);
  stages.forEach((stage, i) => {
    if (i === 0) path.push({ stage, day: created });
    else if (i === stages.length - 1) path.push({ stage, day: Math.max(created, enteredCurrent) });
    else path.push({ stage, day: created + Math.round((span * i) / (stages.length - 1)) });
  });
  return path;
}
