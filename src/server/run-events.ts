/**
 * A run as Server-Sent Events: each observation (id = its seq, so a reconnecting browser resumes with Last-Event-ID),
 * progress when it changes, and `end` when the run is over. Observations about deals the caller may not see are dropped.
 */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Actor } from '../domain/access/actor.ts';
import { followRun, type RunProgress } from '../services/missions/follow-run.ts';
import { visibleDealsOfRun } from '../services/today/run-inspector.ts';
import type { ObservationRow } from '../store/mission-store.ts';
import type { Db } from '../store/open-store.ts';
import type { AppEnv } from './app-env.ts';
import type { Metrics } from './metrics.ts';

// Proxies close a silent connection after a minute or so; a comment line every 15 s keeps it open.
const HEARTBEAT_MS = 15_000;

export type RunStreamOptions = {
  db: Db;
  actor: Actor;
  runId: string;
  afterSeq: number;
  pollMs: number;
  shutdown: AbortSignal;
  metrics: Metrics;
  /** Called when the run moves on (a batch committed, the run ended): read models built before are out of date. */
  onChange?: () => void;
};

function observationEvent(o: ObservationRow) {
  return {
    seq: o.seq,
    runId: o.runId,
    opportunityId: o.opportunityId,
    at: o.at.toISOString(),
    kind: o.kind,
    title: o.title,
    detail: o.detail,
    refs: o.refs,
    span: o.span,
    data: o.data,
  };
}

function progressEvent(p: RunProgress) {
  return {
    id: p.id,
    status: p.status,
    deals: p.deals,
    done: p.done,
    proposals: p.proposals,
    failed: p.failed,
    startedAt: p.startedAt?.toISOString() ?? null,
    finishedAt: p.finishedAt?.toISOString() ?? null,
  };
}

export function streamRun(c: Context<AppEnv>, options: RunStreamOptions): Response {
  return streamSSE(c, async (stream) => {
    options.metrics.sseStreams.inc();
    const stop = new AbortController();
    const onShutdown = () => stop.abort();
    options.shutdown.addEventListener('abort', onShutdown);
    stream.onAbort(() => stop.abort());
    const heartbeat = setInterval(
      () => void stream.write(': ping\n\n').catch(() => stop.abort()),
      HEARTBEAT_MS,
    );
    try {
      const visible = await visibleDealsOfRun(options.db, options.actor, options.runId);
      // followRun's callbacks are synchronous; writes are chained so events leave in order.
      let writes: Promise<void> = Promise.resolve();
      const send = (event: string, data: unknown, id?: number) => {
        writes = writes.then(() =>
          stream.writeSSE({
            event,
            data: JSON.stringify(data),
            ...(id !== undefined ? { id: String(id) } : {}),
          }),
        );
      };
      let lastProgress = '';
      const final = await followRun(options.db, options.runId, {
        afterSeq: options.afterSeq,
        pollMs: options.pollMs,
        signal: stop.signal,
        onObservation: (o) => {
          if (!visible || (o.opportunityId && visible.has(o.opportunityId)))
            send('observation', observationEvent(o), o.seq);
        },
        onProgress: (p) => {
          const event = progressEvent(p);
          const text = JSON.stringify(event);
          if (text !== lastProgress) {
            options.onChange?.();
            send('progress', event);
          }
          lastProgress = text;
        },
      });
      if (final && !stop.signal.aborted) send('end', progressEvent(final));
      await writes;
    } finally {
      clearInterval(heartbeat);
      options.shutdown.removeEventListener('abort', onShutdown);
      options.metrics.sseStreams.dec();
    }
  });
}
