/** The deal's open proposals in one compact list: what, from where, when, in what state; one is open below. */
import type { ProposalView } from '../../api/api-types.ts';
import { formatInstant, humanize } from '../../lib/format.ts';
import { originLabel } from './deal-proposals.ts';

type Props = {
  proposals: readonly ProposalView[];
  selectedId: string | undefined;
  onPick: (id: string) => void;
};

export function ProposalPicker({ proposals, selectedId, onPick }: Props) {
  return (
    <section className="proposal-picker" aria-labelledby="proposal-picker-title">
      <h2 id="proposal-picker-title">
        Proposals on this deal <span className="count">{proposals.length}</span>
      </h2>
      <ul>
        {proposals.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="pick"
              data-proposal={p.id}
              aria-pressed={p.id === selectedId}
              onClick={() => onPick(p.id)}
            >
              <span className="pick-what">{humanize(p.kind)}</span>
              <span className="pick-origin">{originLabel(p.origin)}</span>
              <time className="pick-when" dateTime={p.createdAt}>
                {formatInstant(p.createdAt)}
              </time>
              {p.blocked && p.state === 'pending' ? (
                <span className="badge warn">needs an edit</span>
              ) : (
                <span className={`badge state-${p.state}`}>{p.state}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
