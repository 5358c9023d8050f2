/** The composition root: wires the configured reasoner, writer, guard, queue and job runner for one store. */
import type PgBoss from 'pg-boss';
import { deterministicReasoner } from '../domain/triage/reasoner.ts';
import { embedderFromEnv, llmFromEnv } from '../llm/llm-from-env.ts';
import type { ClosableContextSource } from '../mcp/client/mapped-context-source.ts';
import { mcpClientConfig, mcpContextSource } from '../mcp/client/mcp-client-config.ts';
import { type McpDeps, mcpDeps } from '../mcp/mcp-deps.ts';
import { type DecisionDeps, decisionDeps } from '../services/decisions/decision-deps.ts';
import { decisionQueueSink } from '../services/decisions/proposal-sink.ts';
import { type StoreDrafting, storeDrafting } from '../services/drafting/store-drafting.ts';
import { openBoss } from '../services/missions/distributed-executor.ts';
import { missionConfig } from '../services/missions/mission-config.ts';
import type { MissionDeps } from '../services/missions/process-batch.ts';
import type { Store } from '../store/open-store.ts';

export type AppRuntime = {
  store: Store;
  mission: MissionDeps;
  decisions: DecisionDeps;
  /** What closeloop's MCP tools use: the same reasoner, guard and queue as missions. */
  mcp: McpDeps;
  /** The offline writer and the store-backed guardrails (warm() before guarding drafts no writer wrote). */
  drafting?: StoreDrafting | undefined;
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
  // Drafting: the offline writer (the model's fallback), the guardrails on every proposal and on every edit.
  const embedder = embedderFromEnv(env);
  const drafting = storeDrafting(store.db, { embedder });
  const llm = llmFromEnv(env, { db: store.db, offlineWriter: drafting.writer });
  const decisions = decisionDeps({ recheck: drafting.recheck });
  const reasoner = deterministicReasoner();
  const mcp = mcpDeps({
    reasoner,
    embedder,
    guard: drafting.guard,
    decisions,
    publicUrl: env.CLOSELOOP_PUBLIC_URL,
  });
  // The gather step reads through MCP (closeloop's own tools in-process unless another server is configured).
  const gather = mcpClientConfig(env);
  const contexts: ClosableContextSource | undefined =
    gather.gather === 'store' ? undefined : await mcpContextSource(store.db, gather, mcp);
  const mission: MissionDeps = {
    reasoner,
    contexts,
    writer: llm ? drafting.prepared(llm.writer) : drafting.writer,
    guard: drafting.guard,
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
    mcp,
    drafting,
    boss,
    async close() {
      // An MCP transport that does not answer its close must not keep a finished process alive.
      await Promise.race([contexts?.close(), new Promise((r) => setTimeout(r, 5_000).unref())]);
      await boss?.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
