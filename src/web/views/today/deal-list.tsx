/** The ranked queue: act now, then monitor with resume dates, then a count of the deals that need nothing. */
import type { TodayDeal, TodayView } from '../../api/api-types.ts';
import { formatDay, formatMoney, humanize } from '../../lib/format.ts';

type Props = {
  today: TodayView;
  rows: readonly TodayDeal[];
  selected: number;
  openId: string | undefined;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  /** Shown when a section holds more deals than the page: loads the next page of both sections. */
  onMore: () => void;
};

function proposalBadge(deal: TodayDeal) {
  const p = deal.proposal;
  if (!p) return null;
  if (p.state === 'pending' && p.snoozedUntil)
    return <span className="badge muted">snoozed to {formatDay(p.snoozedUntil)}</span>;
  if (p.state === 'pending') return p.blocked ? <span className="badge warn">needs an edit</span> : null;
  return <span className={`badge state-${p.state}`}>{p.state}</span>;
}

function Row({ deal, index, props }: { deal: TodayDeal; index: number; props: Props }) {
  const isSelected = props.selected === index;
  const action = deal.proposal?.action ?? deal.actions[0];
  return (
    <li
      className={`deal-row${isSelected ? ' selected' : ''}${props.openId === deal.opportunityId ? ' open' : ''}`}
    >
      <button
        type="button"
        data-row="true"
        data-deal={deal.opportunityId}
        aria-current={props.openId === deal.opportunityId ? 'true' : undefined}
        onClick={() => props.onOpen(index)}
        onFocus={() => props.onSelect(index)}
      >
        <span className="row-head">
          <span className="account">{deal.accountName}</span>
          <span className="amount">{formatMoney(deal.amount, deal.currency)}</span>
        </span>
        <span className="row-deal">
          {deal.dealName} <span className="stage">· {deal.stage}</span>
        </span>
        <span className="why">{deal.why}</span>
        <span className="row-foot">
          {deal.verdict === 'monitor' && deal.resumeOn ? (
            <span className="resume">resume on {formatDay(deal.resumeOn)}</span>
          ) : action ? (
            <span className="action">{humanize(action)}</span>
          ) : null}
          {proposalBadge(deal)}
        </span>
      </button>
    </li>
  );
}

function More({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" className="more" onClick={onMore}>
      Show more ({total - shown} not shown)
    </button>
  );
}

export function DealList(props: Props) {
  const { today, rows } = props;
  const actNow = today.actNow.length;
  return (
    <nav className="deal-list" aria-label="Your deals">
      <h2 id="act-now-heading">
        Act now <span className="count">{today.counts.actNow}</span>
      </h2>
      {actNow === 0 ? (
        <p className="empty">Nothing needs you right now.</p>
      ) : (
        <ol aria-labelledby="act-now-heading">
          {rows.slice(0, actNow).map((d, i) => (
            <Row key={d.opportunityId} deal={d} index={i} props={props} />
          ))}
        </ol>
      )}
      <More shown={actNow} total={today.counts.actNow} onMore={props.onMore} />
      <h2 id="monitor-heading">
        Monitor <span className="count">{today.counts.monitor}</span>
      </h2>
      {today.monitor.length > 0 && (
        <ol aria-labelledby="monitor-heading">
          {rows.slice(actNow).map((d, i) => (
            <Row key={d.opportunityId} deal={d} index={actNow + i} props={props} />
          ))}
        </ol>
      )}
      <More shown={today.monitor.length} total={today.counts.monitor} onMore={props.onMore} />
      <details className="no-action">
        <summary>
          No action needed <span className="count">{today.counts.noAction}</span>
        </summary>
        <p className="muted">
          These deals are moving as they should; they come back here when something changes.
        </p>
      </details>
    </nav>
  );
}
