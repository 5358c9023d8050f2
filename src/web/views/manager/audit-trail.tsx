/** The audit trail with filters (who, what, which deal, when), newest first, paged backwards. */
import { type FormEvent, useEffect, useState } from 'react';
import type { AuditEntry, AuditPage, Me, TeamQueue } from '../../api/api-types.ts';
import { ApiError, get } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatInstant, humanize } from '../../lib/format.ts';

type Filters = { actorId: string; action: string; opportunityId: string; since: string; until: string };
const EMPTY: Filters = { actorId: '', action: '', opportunityId: '', since: '', until: '' };

function query(f: Filters, before?: number): string {
  const q = new URLSearchParams();
  if (f.actorId) q.set('actorId', f.actorId);
  if (f.action) q.set('action', f.action);
  if (f.opportunityId) q.set('opportunityId', f.opportunityId.trim());
  if (f.since) q.set('since', `${f.since}T00:00:00Z`);
  if (f.until) q.set('until', `${f.until}T23:59:59Z`);
  if (before) q.set('before', String(before));
  return `/api/audit?${q.toString()}`;
}

function summary(e: AuditEntry): string {
  const c = e.content as { reason?: string; reasonCode?: string; note?: string } | null;
  const b = e.basis as { reasonCode?: string } | null;
  return [c?.reasonCode ?? b?.reasonCode ?? c?.reason, c?.note].filter(Boolean).join(' · ');
}

export function AuditTrail({ me }: { me: Me }) {
  const team = useResource<TeamQueue>('/api/team/queue');
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    get<AuditPage>(query(filters))
      .then((page) => {
        setEntries(page.entries);
        setNext(page.nextBefore);
        setError(undefined);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [filters]);

  const more = async () => {
    if (next === null) return;
    const page = await get<AuditPage>(query(filters, next));
    setEntries((all) => [...all, ...page.entries]);
    setNext(page.nextBefore);
  };

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };

  const people = [
    { id: me.user.id, name: me.user.name },
    ...(team.data?.owners ?? []).filter((o) => o.id !== me.user.id),
  ];
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      <form className="filters" onSubmit={apply}>
        <label>
          Who
          <select value={draft.actorId} onChange={(e) => setDraft({ ...draft, actorId: e.target.value })}>
            <option value="">anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Action
          <input
            value={draft.action}
            placeholder="e.g. approved, rejected, executed"
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          />
        </label>
        <label>
          Deal id
          <input
            value={draft.opportunityId}
            onChange={(e) => setDraft({ ...draft, opportunityId: e.target.value })}
          />
        </label>
        <label>
          From
          <input
            type="date"
            value={draft.since}
            onChange={(e) => setDraft({ ...draft, since: e.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={draft.until}
            onChange={(e) => setDraft({ ...draft, until: e.target.value })}
          />
        </label>
        <button type="submit" className="primary">
          Filter
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <table className="grid">
        <caption className="sr-only">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Deal</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatInstant(e.at)}</td>
              <td>{e.actorName ?? e.actorId}</td>
              <td>{humanize(e.action.replaceAll('.', ' '))}</td>
              <td>{e.dealName ?? e.opportunityId ?? '–'}</td>
              <td>{summary(e)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && !error && <p className="muted">Nothing recorded with these filters.</p>}
      {next !== null && (
        <button type="button" onClick={() => void more()}>
          Older entries
        </button>
      )}
    </section>
  );
}
