/** How each rep decides over a window: approval, edit and reject rates, time to decision, and time spent reading. */
import { useState } from 'react';
import type { RepDecisionStats } from '../../api/api-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatDuration, humanize, percent } from '../../lib/format.ts';
import { WindowPicker } from './window-picker.tsx';

export function RepStats() {
  const [days, setDays] = useState(30);
  const since = new Date(Date.now() - days * 86_400_000).toISOString();
  const { data, error } = useResource<RepDecisionStats[]>(
    `/api/team/stats?since=${encodeURIComponent(since.slice(0, 13))}:00:00Z`,
  );
  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">Rep stats</h1>
      <WindowPicker id="stats-window" days={days} onChange={setDays} />
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {data && data.length === 0 && <p className="muted">No decisions in this window yet.</p>}
      {data && data.length > 0 && (
        <table className="grid">
          <caption className="sr-only">Decision statistics per rep</caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Decided</th>
              <th scope="col">Approved</th>
              <th scope="col">Edited before approval</th>
              <th scope="col">Rejected</th>
              <th scope="col">Median time to decision</th>
              <th scope="col">Median reading time</th>
              <th scope="col">Top reject reason</th>
            </tr>
          </thead>
          <tbody>
            {data.map((r) => {
              const top = Object.entries(r.rejectReasons).sort((a, b) => b[1] - a[1])[0];
              return (
                <tr key={r.repId}>
                  <th scope="row">{r.repName}</th>
                  <td className="num">{r.decided}</td>
                  <td className="num">{percent(r.approvalRate)}</td>
                  <td className="num">{percent(r.editRate)}</td>
                  <td className="num">{percent(r.rejectRate)}</td>
                  <td className="num">{formatDuration(r.medianTimeToDecisionMs)}</td>
                  <td className="num">{formatDuration(r.medianDwellMs)}</td>
                  <td>{top ? `${humanize(top[0])} (${top[1]})` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
