/** Follows a run's Server-Sent Events; EventSource reconnects by itself and resumes with Last-Event-ID. */
import type { RunProgressView, StoredObservation } from './api-types.ts';

export type RunEvents = {
  onObservation?: (o: StoredObservation & { opportunityId: string | null }) => void;
  onProgress?: (
    p: Pick<RunProgressView, 'id' | 'status' | 'deals' | 'done' | 'proposals' | 'failed'>,
  ) => void;
  onEnd?: () => void;
};

export function followRunEvents(runId: string, handlers: RunEvents): () => void {
  const source = new EventSource(`/api/runs/${encodeURIComponent(runId)}/events`);
  source.addEventListener('observation', (e) =>
    handlers.onObservation?.(JSON.parse((e as MessageEvent<string>).data)),
  );
  source.addEventListener('progress', (e) =>
    handlers.onProgress?.(JSON.parse((e as MessageEvent<string>).data)),
  );
  source.addEventListener('end', (e) => {
    handlers.onProgress?.(JSON.parse((e as MessageEvent<string>).data));
    source.close();
    handlers.onEnd?.();
  });
  return () => source.close();
}
