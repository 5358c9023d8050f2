/** The live bar of a run in progress: deals done out of all, and proposals so far. */
import type { RunProgressView } from '../../api/api-types.ts';

type Progress = Pick<RunProgressView, 'status' | 'deals' | 'done' | 'proposals' | 'failed'>;

export function RunProgress({ progress }: { progress: Progress }) {
  const running = progress.status === 'running' || progress.status === 'queued';
  return (
    <div className="run-progress" role="status" aria-live="polite">
      <label htmlFor="run-progress-bar">
        {running
          ? 'Reasoning about your deals…'
          : progress.status === 'done'
            ? 'Run finished'
            : `Run ${progress.status}`}{' '}
        {progress.done}/{progress.deals}
        {progress.proposals > 0 ? ` · ${progress.proposals} proposals` : ''}
        {progress.failed > 0 ? ` · ${progress.failed} failed` : ''}
      </label>
      <progress id="run-progress-bar" max={Math.max(1, progress.deals)} value={progress.done} />
    </div>
  );
}
