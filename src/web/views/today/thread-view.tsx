/** The deal's conversation, newest first: emails with their quoted evidence marked, calls, meetings, notes and tasks. */
import type { ActivityView, StoredObservation } from '../../api/api-types.ts';
import { formatInstant, humanize } from '../../lib/format.ts';
import { EmailText } from './email-text.tsx';

export const activityAnchor = (id: string): string => `activity-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function spansFor(activityId: string, field: 'body' | 'subject', observations: readonly StoredObservation[]) {
  return observations.flatMap((o) =>
    o.span && o.span.activityId === activityId && (o.span.field ?? 'body') === field ? [o.span] : [],
  );
}

export function ThreadView({
  activities,
  observations,
}: {
  activities: readonly ActivityView[];
  observations: readonly StoredObservation[];
}) {
  if (activities.length === 0) return <p className="muted">No activity on this deal yet.</p>;
  const newestFirst = [...activities].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  return (
    <ol className="thread">
      {newestFirst.map((a) => (
        <li
          key={a.id}
          id={activityAnchor(a.id)}
          className={`activity ${a.type} ${a.direction ?? ''}`}
          tabIndex={-1}
        >
          <div className="activity-head">
            <span className="kind">
              {humanize(a.type)}
              {a.direction ? ` · ${a.direction}` : ''}
              {a.status ? ` · ${a.status.replace('_', ' ')}` : ''}
            </span>
            <time dateTime={a.occurredAt}>{formatInstant(a.occurredAt)}</time>
          </div>
          {a.type === 'email' && (
            <p className="parties">
              {a.from && <span>From {a.from}</span>}
              {a.to.length > 0 && <span> · To {a.to.join(', ')}</span>}
              {a.cc.length > 0 && <span> · Cc {a.cc.join(', ')}</span>}
            </p>
          )}
          {a.subject && (
            <h4 className="subject">
              <EmailText text={a.subject} spans={spansFor(a.id, 'subject', observations)} />
            </h4>
          )}
          {a.startsAt && <p className="muted">Starts {formatInstant(a.startsAt)}</p>}
          {a.body && <EmailText text={a.body} spans={spansFor(a.id, 'body', observations)} />}
        </li>
      ))}
    </ol>
  );
}
