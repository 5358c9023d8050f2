/** The composition root: wires the configured reasoner, writer, guard, queue and job runner for one store. */
import type PgBoss from 'pg-boss';
import { deterministicReasoner } from '../domain/triage/reasoner.ts';
import { type DecisionDeps, decisionDeps } from '../services/decisions/decision-deps.ts';
import { decisionQueueSink } from '../services/decisions/proposal-sink.ts';
import { openBoss } from '../services/missions/distributed-executor.ts';
import { missionConfig } from '../services/missions/mission-config.ts';
import type { MissionDeps } from '../services/missions/process-batch.ts';
import type { Store } from '../store/open-store.ts';

export type AppRuntime = {
  store: Store;
  mission: MissionDeps;
  decisions: DecisionDeps;
  /** The job queue, on PostgreSQL only: the embedded engine runs missions in-process. */
  boss?: PgBoss | undefined;
  close(): Promise<void>;
};

export async function composeRuntime(
  store: Store,
  options: { env?: NodeJS.ProcessEnv; jobs?: boolean } = {},
): Promise<AppRuntime> {
  const env = options.env ?? process.env;
  const config = missionConfig(env);
  const decisions = decisionDeps();
  const mission: MissionDeps = {
    reasoner: deterministicReasoner(),
    proposals: decisionQueueSink(decisions),
    config,
  };
  const boss =
    options.jobs !== false && store.connectionString
      ? await openBoss(store.connectionString, config)
      : undefined;
  return {
    store,
    mission,
    decisions,
    boss,
    async close() {
      await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
