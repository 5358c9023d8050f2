/** Why the engine thinks what it thinks: the observation chain, evidence first, each item linked to its source. */
import type { DealDetail, RecordRef, StoredObservation } from '../../api/api-types.ts';
import { formatInstant, humanize } from '../../lib/format.ts';
import { explainOrder } from '../../lib/observation-order.ts';

export type Reveal = { kind: 'activity'; id: string } | { kind: 'usage' } | { kind: 'field'; field: string };

function sourceLabel(ref: RecordRef, detail: DealDetail): string {
  switch (ref.type) {
    case 'activity': {
      const a = detail.activities.find((x) => x.id === ref.id);
      return a
        ? `${humanize(a.type)}${a.subject ? `: ${a.subject}` : ''} (${formatInstant(a.occurredAt)})`
        : `Activity ${ref.id}`;
    }
    case 'usage':
      return 'Usage chart';
    case 'opportunity':
      return ref.field
        ? `CRM: ${humanize(ref.field.replace(/([A-Z])/g, '_$1').toLowerCase())}`
        : 'CRM record';
    case 'document':
    case 'chunk': {
      const doc = detail.documents.find(
        (d) => d.id === ref.id || ref.id.startsWith(`${d.id}#`) || ref.id.startsWith(`${d.id}:`),
      );
      return doc ? `Document: ${doc.title}` : `Document ${ref.id}`;
    }
    case 'contact': {
      const c = detail.contacts.find((x) => x.id === ref.id);
      return c ? `Contact: ${c.name}` : `Contact ${ref.id}`;
    }
    default:
      return `${humanize(ref.type)} ${ref.id}`;
  }
}

function revealFor(ref: RecordRef): Reveal | undefined {
  if (ref.type === 'activity') return { kind: 'activity', id: ref.id };
  if (ref.type === 'usage') return { kind: 'usage' };
  if (ref.type === 'opportunity') return { kind: 'field', field: ref.field ?? 'stage' };
  return undefined;
}

function Item({
  o,
  detail,
  onReveal,
}: {
  o: StoredObservation;
  detail: DealDetail;
  onReveal: (r: Reveal) => void;
}) {
  const refs = o.refs.filter(
    (r, i, all) => all.findIndex((x) => x.type === r.type && x.id === r.id && x.field === r.field) === i,
  );
  return (
    <li className={`observation kind-${o.kind}`}>
      <span className="kind-badge">{o.kind}</span>
      <p className="title">{o.title}</p>
      {o.span && (
        <blockquote className="quote">
          <mark>{o.span.text}</mark>
        </blockquote>
      )}
      {o.detail && <p className="detail">{o.detail}</p>}
      {refs.length > 0 && (
        <ul className="sources" aria-label="Sources">
          {refs.map((r) => {
            const reveal = revealFor(r);
            const label = sourceLabel(r, detail);
            return (
              <li key={`${r.type}:${r.id}:${r.field ?? ''}`}>
                {reveal ? (
                  <button type="button" className="link" onClick={() => onReveal(reveal)}>
                    {label}
                  </button>
                ) : (
                  <span>{label}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}

export function ExplainRail({ detail, onReveal }: { detail: DealDetail; onReveal: (r: Reveal) => void }) {
  if (detail.observations.length === 0)
    return <p className="muted">Not reasoned about yet: press “Run now”.</p>;
  return (
    <ol className="explain" aria-label="Observation chain">
      {explainOrder(detail.observations).map((o) => (
        <Item key={o.seq} o={o} detail={detail} onReveal={onReveal} />
      ))}
    </ol>
  );
}
