/** Every act-now deal across the team, ranked, with each rep's load; a deal opens in the Today view. */
import type { TeamQueue } from '../../api/api-types.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatMoney, humanize } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';

export function TeamQueueView() {
  const { data, error } = useResource<TeamQueue>('/api/team/queue');
  if (error)
    return (
      <p role="alert" className="error">
        {error.message}
      </p>
    );
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <section aria-labelledby="team-queue-title">
      <h1 id="team-queue-title">Team queue</h1>
      <ul className="owner-cards">
        {data.owners.map((o) => (
          <li key={o.id}>
            <a
              href={`/?owner=${encodeURIComponent(o.id)}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ page: 'today', owner: o.id });
              }}
            >
              {o.name}
            </a>
            <span>
              {o.actNow} act now · {o.pending} awaiting a decision
            </span>
          </li>
        ))}
      </ul>
      <table className="grid">
        <caption className="sr-only">Act-now deals across the team, highest priority first</caption>
        <thead>
          <tr>
            <th scope="col">Rep</th>
            <th scope="col">Account · deal</th>
            <th scope="col">Amount</th>
            <th scope="col">Why</th>
            <th scope="col">Proposal</th>
          </tr>
        </thead>
        <tbody>
          {data.deals.map((d) => (
            <tr key={d.opportunityId}>
              <td>{d.ownerName ?? d.ownerId}</td>
              <td>
                <a
                  href={`/deals/${encodeURIComponent(d.opportunityId)}?owner=${encodeURIComponent(d.ownerId)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate({ page: 'today', dealId: d.opportunityId, owner: d.ownerId });
                  }}
                >
                  {d.accountName} · {d.dealName}
                </a>
              </td>
              <td className="num">{formatMoney(d.amount, d.currency)}</td>
              <td>{d.why}</td>
              <td>{d.proposal ? `${humanize(d.proposal.action)} (${d.proposal.state})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
