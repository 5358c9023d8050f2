/** Every run with its timings and counts; one run's failures (with their errors) and slowest deals. */
import type { RunDetail, RunSummaryView } from '../../api/api-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatDuration, formatInstant } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';

function Detail({ runId }: { runId: string }) {
  const { data, error } = useResource<RunDetail>(`/api/runs/${encodeURIComponent(runId)}`);
  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return <p className="muted">Loading…</p>;
  const { run } = data;
  return (
    <section aria-labelledby="run-title" className="run-detail">
      <h2 id="run-title">Run {run.id}</h2>
      <p>
        {run.status} · {run.repName ?? 'everyone'} · {run.trigger} · reasoner {run.reasoner} · as of{' '}
        {run.asOf}
      </p>
      <p>
        Created {formatInstant(run.createdAt)}, started {run.startedAt ? formatInstant(run.startedAt) : '–'},
        took {formatDuration(run.durationMs)}.{' '}
        {Object.entries(data.statuses)
          .map(([s, n]) => `${n} ${s}`)
          .join(', ')}
        .
      </p>
      {run.error && <p className="error">{run.error}</p>}
      <h3>Failures</h3>
      {data.failures.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {data.failures.map((f) => (
            <li key={f.opportunityId}>
              {f.dealName ?? f.opportunityId} (tries: {f.attempts}): <code>{f.error}</code>
            </li>
          ))}
        </ul>
      )}
      <h3>Slowest deals</h3>
      <ul>
        {data.slowest.map((s) => (
          <li key={s.opportunityId}>
            {s.dealName ?? s.opportunityId}: {formatDuration(s.ms)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RunInspector({ runId }: { runId: string | undefined }) {
  const { data, error } = useResource<RunSummaryView[]>('/api/runs?limit=100');
  return (
    <section aria-labelledby="runs-title">
      <h1 id="runs-title">Runs</h1>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {runId && <Detail runId={runId} />}
      {data && (
        <table className="grid">
          <caption className="sr-only">Mission runs, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">Status</th>
              <th scope="col">Scope</th>
              <th scope="col">Trigger</th>
              <th scope="col">Deals</th>
              <th scope="col">Reasoned / unchanged / failed</th>
              <th scope="col">Proposals</th>
              <th scope="col">Started</th>
              <th scope="col">Took</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => (
              <tr key={r.id} className={r.failed > 0 || r.status === 'failed' ? 'has-failures' : undefined}>
                <td>
                  <a
                    href={`/team/runs/${encodeURIComponent(r.id)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ page: 'team', tab: 'runs', runId: r.id });
                    }}
                  >
                    {r.id}
                  </a>
                </td>
                <td>{r.status}</td>
                <td>{r.repName ?? 'everyone'}</td>
                <td>{r.trigger}</td>
                <td className="num">{r.deals}</td>
                <td className="num">
                  {r.reasoned} / {r.unchanged} / {r.failed}
                </td>
                <td className="num">{r.proposals}</td>
                <td>{r.startedAt ? formatInstant(r.startedAt) : '–'}</td>
                <td className="num">{formatDuration(r.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
