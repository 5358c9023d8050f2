/** Mission tunables, read once from the environment, each default with its reason. */
import { z } from 'zod';

const MissionEnv = z.object({
  // ~100 deals commit together: big enough that a 100,000-deal run is ~1,000 transactions, small enough that a
  // crash redoes seconds of work, not minutes.
  CLOSELOOP_MISSION_BATCH: z.coerce.number().int().min(1).max(5000).default(100),
  // The embedded store runs one query at a time; two batches in flight overlap reasoning with I/O and no more.
  CLOSELOOP_MISSION_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  // A deterministic verdict takes microseconds; a model's may take seconds. Past this a deal is recorded as failed.
  CLOSELOOP_DEAL_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  // A morning run that is still going at lunch is no longer a morning run.
  CLOSELOOP_RUN_DEADLINE_MINUTES: z.coerce.number().min(1).default(240),
  // Reasoning steps (model calls, tool calls) a reasoner may spend on one deal.
  CLOSELOOP_MAX_STEPS_PER_DEAL: z.coerce.number().int().min(1).default(8),
  // How long a worker may hold a batch job before another takes it over (the holder is presumed dead).
  CLOSELOOP_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).default(120),
  // Local time of each rep's scheduled morning run, on working days.
  CLOSELOOP_MORNING_RUN_AT: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'expected HH:MM')
    .default('07:00'),
});

export type MissionConfig = {
  batchSize: number;
  concurrency: number;
  dealTimeoutMs: number;
  runDeadlineMs: number;
  maxStepsPerDeal: number;
  jobExpireSeconds: number;
  morningRunAt: string;
};

export function missionConfig(env: NodeJS.ProcessEnv = process.env): MissionConfig {
  const e = MissionEnv.parse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  return {
    batchSize: e.CLOSELOOP_MISSION_BATCH,
    concurrency: e.CLOSELOOP_MISSION_CONCURRENCY,
    dealTimeoutMs: e.CLOSELOOP_DEAL_TIMEOUT_MS,
    runDeadlineMs: e.CLOSELOOP_RUN_DEADLINE_MINUTES * 60_000,
    maxStepsPerDeal: e.CLOSELOOP_MAX_STEPS_PER_DEAL,
    jobExpireSeconds: e.CLOSELOOP_JOB_EXPIRE_SECONDS,
    morningRunAt: e.CLOSELOOP_MORNING_RUN_AT,
  };
}
