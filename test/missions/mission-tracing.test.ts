/** A run is traced as run → batch → gather/reason/draft spans, so an operator can see where a slow morning went. */
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeRuntime } from '../../src/runtime/app-runtime.ts';
import { createRun } from '../../src/services/missions/create-run.ts';
import { executeInProcess } from '../../src/services/missions/in-process-executor.ts';
import { importWorkspaceFile } from '../../src/services/workspace/import-workspace.ts';
import type { Store } from '../../src/store/open-store.ts';
import { initTracing, shutdownTracing } from '../../src/telemetry/tracing.ts';
import { northwindWorkspace } from '../support/paths.ts';
import { openTestStore } from '../support/test-store.ts';

const spans = new InMemorySpanExporter();
let store: Store;

beforeAll(async () => {
  initTracing({ processor: new SimpleSpanProcessor(spans) });
  store = await openTestStore();
  await importWorkspaceFile(store, northwindWorkspace);
});
afterAll(async () => {
  await store.close();
  await shutdownTracing();
});

const parentOf = (span: ReadableSpan, all: ReadableSpan[]) =>
  all.find((s) => s.spanContext().spanId === span.parentSpanContext?.spanId);

describe('mission tracing', () => {
  it('nests every deal step under its batch and the batch under the run, with the ids to find them', async () => {
    const runtime = await composeRuntime(store, { env: {}, jobs: false });
    const { run } = await createRun(
      store.db,
      { repId: null, trigger: 'manual' },
      { reasoner: runtime.mission.reasoner.name, deadlineMs: 60_000 },
    );
    const finished = await executeInProcess(store.db, run.id, runtime.mission);
    await runtime.close();
    expect(finished?.status).toBe('done');

    const all = spans.getFinishedSpans();
    const [root] = all.filter((s) => s.name === 'mission.run');
    expect(root?.attributes['closeloop.run_id']).toBe(run.id);
    const batches = all.filter((s) => s.name === 'mission.batch');
    expect(batches.length).toBeGreaterThan(0);
    for (const batch of batches) expect(parentOf(batch, all)?.name).toBe('mission.run');

    const gathers = all.filter((s) => s.name === 'deal.gather');
    expect(gathers.map((s) => s.attributes['closeloop.source'])).toContain('mcp-in-process');
    const reasoned = all.filter((s) => s.name === 'deal.reason');
    expect(new Set(reasoned.map((s) => s.attributes['closeloop.opportunity_id'])).size).toBe(finished!.deals);
    for (const step of [...gathers, ...reasoned, ...all.filter((s) => s.name === 'deal.draft')]) {
      expect(parentOf(step, all)?.name, step.name).toBe('mission.batch');
    }
    expect(all.filter((s) => s.name === 'deal.draft').length).toBeGreaterThan(0);
  });
});
