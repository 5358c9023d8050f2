/** Reject (a reason from the short list, a note) and snooze (a date): small forms, keyboard first. */
import { type FormEvent, useState } from 'react';
import { REJECT_REASONS, type RejectReason } from '../../api/api-types.ts';
import { Dialog } from './dialog.tsx';

export function RejectDialog({
  onReject,
  onClose,
}: {
  onReject: (reason: RejectReason, note: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState<RejectReason>('wrong_timing');
  const [note, setNote] = useState('');
  const needsNote = reason === 'other' && note.trim() === '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!needsNote) onReject(reason, note.trim());
  };
  return (
    <Dialog title="Reject this proposal" onClose={onClose}>
      <form onSubmit={submit}>
        <fieldset>
          <legend>Why?</legend>
          {REJECT_REASONS.map(([code, label]) => (
            <label key={code} className="radio">
              <input
                type="radio"
                name="reason"
                value={code}
                checked={reason === code}
                onChange={() => setReason(code)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <label htmlFor="reject-note">Note {reason === 'other' ? '(required)' : '(optional)'}</label>
        <textarea id="reject-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        <div className="buttons">
          <button type="submit" className="danger" disabled={needsNote}>
            Reject
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export function SnoozeDialog({
  onSnooze,
  onClose,
}: {
  onSnooze: (until: string) => void;
  onClose: () => void;
}) {
  const [until, setUntil] = useState(inDays(3));
  return (
    <Dialog title="Snooze until" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSnooze(until);
        }}
      >
        <label htmlFor="snooze-until">Bring it back on</label>
        <input
          id="snooze-until"
          type="date"
          min={inDays(1)}
          required
          value={until}
          onChange={(e) => setUntil(e.target.value)}
        />
        <div className="buttons">
          <button type="submit" className="primary">
            Snooze
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}
