/** The proposal's draft, editable in place; what was changed is what gets approved. Sources and checks sit beside it. */
import type { RefObject } from 'react';
import type { ProposalPayload, ProposalView } from '../../api/api-types.ts';
import { humanize } from '../../lib/format.ts';

export type EmailFields = { to: string; cc: string; subject: string; body: string };

export const emailFields = (payload: ProposalPayload): EmailFields | undefined =>
  payload.kind === 'send_email'
    ? {
        to: payload.email.to.join(', '),
        cc: payload.email.cc.join(', '),
        subject: payload.email.subject,
        body: payload.email.body,
      }
    : undefined;

const addresses = (text: string): string[] =>
  text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The payload to approve: the draft itself when nothing changed, else the draft with the person's edits. */
export function editedPayload(
  payload: ProposalPayload,
  fields: EmailFields | undefined,
): ProposalPayload | undefined {
  if (payload.kind !== 'send_email' || !fields) return undefined;
  const original = emailFields(payload)!;
  if (
    original.to === fields.to &&
    original.cc === fields.cc &&
    original.subject === fields.subject &&
    original.body === fields.body
  )
    return undefined;
  return {
    kind: 'send_email',
    email: {
      ...payload.email,
      to: addresses(fields.to),
      cc: addresses(fields.cc),
      subject: fields.subject,
      body: fields.body,
    },
  };
}

function ReadOnly({ payload }: { payload: ProposalPayload }) {
  switch (payload.kind) {
    case 'update_opportunity':
      return (
        <ul className="changes">
          {payload.update.changes.map((c) => (
            <li key={c.field}>
              {humanize(c.field.replace(/([A-Z])/g, '_$1').toLowerCase())}: <del>{c.from ?? '–'}</del> →{' '}
              <ins>{c.to}</ins>
            </li>
          ))}
          <li className="muted">{payload.update.reason}</li>
        </ul>
      );
    case 'schedule_meeting':
      return (
        <div>
          <p>
            <strong>{payload.meeting.subject}</strong> with {payload.meeting.attendees.join(', ')} (
            {payload.meeting.durationMinutes} min)
          </p>
          <p className="email-text">{payload.meeting.agenda}</p>
        </div>
      );
    case 'log_activity':
      return <p className="email-text">{payload.log.summary}</p>;
    default:
      return null;
  }
}

type Props = {
  proposal: ProposalView;
  fields: EmailFields | undefined;
  onChange: (fields: EmailFields) => void;
  editable: boolean;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
};

export function DraftEditor({ proposal, fields, onChange, editable, bodyRef }: Props) {
  const payload = proposal.approvedPayload ?? proposal.payload;
  const findings = proposal.guard?.findings ?? [];
  const citations = payload.kind === 'send_email' ? payload.email.citations : [];
  return (
    <div className="draft">
      {fields ? (
        <form className="email-form" onSubmit={(e) => e.preventDefault()} aria-label="Draft email">
          <label htmlFor="draft-to">To</label>
          <input
            id="draft-to"
            value={fields.to}
            readOnly={!editable}
            onChange={(e) => onChange({ ...fields, to: e.target.value })}
          />
          <label htmlFor="draft-cc">Cc</label>
          <input
            id="draft-cc"
            value={fields.cc}
            readOnly={!editable}
            onChange={(e) => onChange({ ...fields, cc: e.target.value })}
          />
          <label htmlFor="draft-subject">Subject</label>
          <input
            id="draft-subject"
            value={fields.subject}
            readOnly={!editable}
            onChange={(e) => onChange({ ...fields, subject: e.target.value })}
          />
          <label htmlFor="draft-body">Message</label>
          <textarea
            id="draft-body"
            ref={bodyRef}
            rows={Math.min(18, Math.max(6, fields.body.split('\n').length + 1))}
            value={fields.body}
            readOnly={!editable}
            onChange={(e) => onChange({ ...fields, body: e.target.value })}
          />
        </form>
      ) : (
        <ReadOnly payload={payload} />
      )}
      {findings.length > 0 && (
        <ul className="findings" aria-label="Checks on this draft">
          {findings.map((f) => (
            <li key={`${f.kind}:${f.text}:${f.reason}`} className={`finding ${f.severity}`}>
              <strong>{f.severity === 'block' ? 'Blocked' : 'Check'}:</strong> {f.reason}
              {f.text && <q>{f.text}</q>}
            </li>
          ))}
        </ul>
      )}
      {citations.length > 0 && (
        <ul className="citations" aria-label="Sources cited by the draft">
          {citations.map((c) => (
            <li key={`${c.ref.type}:${c.ref.id}:${c.claim ?? ''}`}>
              {c.claim && <span>“{c.claim}”</span>}{' '}
              <span className="muted">
                ← {c.ref.type} {c.ref.id}
              </span>
              {c.quote && <blockquote>{c.quote}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
