/** One deal opened: its proposals, the picked one's draft (editable), the decision buttons, the thread, the Explain rail. */
import {
  type RefObject,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { DealDetail, RejectReason } from '../../api/api-types.ts';
import { ApiError, post } from '../../api/client.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatDay, formatInstant, formatMoney, humanize } from '../../lib/format.ts';
import { CrmFields, fieldAnchor } from './crm-fields.tsx';
import { listedProposals, nextPending, originLabel, pickProposal } from './deal-proposals.ts';
import { RejectDialog, SnoozeDialog } from './decision-dialogs.tsx';
import { DraftEditor, type EmailFields, editedPayload, emailFields } from './draft-editor.tsx';
import { ExplainRail, type Reveal } from './explain-rail.tsx';
import { ProposalPicker } from './proposal-picker.tsx';
import { activityAnchor, ThreadView } from './thread-view.tsx';
import { UsageChart } from './usage-chart.tsx';

export type DealActions = { approve(): void; edit(): void; reject(): void; snooze(): void };

type Props = {
  dealId: string;
  /** The proposal to open, as the address names it; absent: the one most in need of a decision. */
  proposalId: string | undefined;
  onPick: (proposalId: string) => void;
  actionsRef: RefObject<DealActions | null>;
  /** `next`: another proposal on this deal that still waits, to open in place of the next deal. */
  onDecided: (next: string | undefined) => void;
  onClose: () => void;
};

/** Usage matters when the engine looked at it, or when the deal lives on the account's usage (renewals, expansions). */
const usageMatters = (d: DealDetail): boolean =>
  d.usage.length > 0 &&
  (d.deal.type !== 'new_business' || d.observations.some((o) => o.refs.some((r) => r.type === 'usage')));

export function DealPanel({ dealId, proposalId, onPick, actionsRef, onDecided, onClose }: Props) {
  // A link may name a proposal no longer open: the deal is then read with that one included.
  const [asked, setAsked] = useState(proposalId);
  const {
    data: detail,
    error,
    reload,
  } = useResource<DealDetail>(
    `/api/deals/${encodeURIComponent(dealId)}${asked ? `?proposal=${encodeURIComponent(asked)}` : ''}`,
  );
  const [fields, setFields] = useState<EmailFields>();
  const [dialog, setDialog] = useState<'reject' | 'snooze'>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [flashField, setFlashField] = useState<string>();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const opened = useRef(new Set<string>());
  const listed = useMemo(() => (detail ? listedProposals(detail) : []), [detail]);
  const proposal = useMemo(() => (detail ? pickProposal(detail, proposalId) : null), [detail, proposalId]);
  const pending = proposal?.state === 'pending';

  useEffect(() => {
    if (detail && proposalId && proposalId !== asked && !listed.some((p) => p.id === proposalId))
      setAsked(proposalId);
  }, [detail, proposalId, asked, listed]);

  useEffect(() => {
    setFields(proposal ? emailFields(proposal.approvedPayload ?? proposal.payload) : undefined);
    setMessage(undefined);
  }, [proposal]);

  useEffect(() => {
    // Opening starts the decision clock; the queue records only the first time.
    if (proposal && pending && !opened.current.has(proposal.id)) {
      opened.current.add(proposal.id);
      void post(`/api/proposals/${encodeURIComponent(proposal.id)}/open`).catch(() =>
        opened.current.delete(proposal.id),
      );
    }
  }, [proposal, pending]);

  const decide = useCallback(
    async (what: 'approved' | 'rejected' | 'snoozed', path: string, body: unknown) => {
      if (!proposal) return;
      setBusy(true);
      setMessage(undefined);
      try {
        await post(`/api/proposals/${encodeURIComponent(proposal.id)}/${path}`, body);
        setDialog(undefined);
        setMessage({ kind: 'ok', text: `${humanize(what)}.` });
        await reload();
        onDecided(nextPending(listed, proposal.id));
      } catch (e) {
        setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
      } finally {
        setBusy(false);
      }
    },
    [proposal, listed, reload, onDecided],
  );

  const approve = useCallback(() => {
    if (!proposal || !pending || busy) return;
    const edited = editedPayload(proposal.payload, fields);
    void decide('approved', 'approve', { ...(edited ? { edited } : {}), expectedVersion: proposal.version });
  }, [proposal, pending, busy, fields, decide]);

  useImperativeHandle(
    actionsRef,
    () => ({
      approve,
      edit: () => {
        bodyRef.current?.focus();
        bodyRef.current?.setSelectionRange(bodyRef.current.value.length, bodyRef.current.value.length);
      },
      reject: () => pending && setDialog('reject'),
      snooze: () => pending && setDialog('snooze'),
    }),
    [approve, pending],
  );

  const reveal = (r: Reveal) => {
    const id =
      r.kind === 'activity'
        ? activityAnchor(r.id)
        : r.kind === 'usage'
          ? 'usage-chart'
          : fieldAnchor(r.field);
    if (r.kind === 'field') setFlashField(r.field);
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
    el?.classList.add('flash');
    setTimeout(() => el?.classList.remove('flash'), 1600);
  };

  if (error)
    return (
      <section className="deal-panel">
        <p role="alert" className="error">
          {error.message}
        </p>
      </section>
    );
  if (!detail)
    return (
      <section className="deal-panel" aria-busy="true">
        <p className="muted">Loading…</p>
      </section>
    );
  const { deal, state } = detail;
  const edited = proposal ? editedPayload(proposal.payload, fields) !== undefined : false;

  return (
    <section className="deal-panel" aria-labelledby="deal-title">
      <header className="deal-head">
        <div>
          <p className="account">{deal.account.name}</p>
          <h1 id="deal-title">{deal.name}</h1>
          <p className="facts">
            {formatMoney(deal.amount, deal.currency)} · {deal.stage} · closes {formatDay(deal.closeDate)}
            {deal.ownerName ? ` · ${deal.ownerName}` : ''}
          </p>
        </div>
        <button type="button" className="link" onClick={onClose} aria-label="Close the deal (Esc)">
          ✕
        </button>
      </header>
      {state && (
        <p className={`verdict verdict-${state.verdict}`}>
          <strong>{humanize(state.verdict)}</strong>
          {state.actions.length > 0 && ` · ${state.actions.map(humanize).join(', ')}`}
          {state.resumeOn && ` · resume on ${formatDay(state.resumeOn)}`} — {state.why}
        </p>
      )}
      <div className="deal-body">
        <div className="deal-main">
          {listed.length > 1 && (
            <ProposalPicker proposals={listed} selectedId={proposal?.id} onPick={onPick} />
          )}
          {proposal && (
            <section className="proposal" aria-labelledby="proposal-title">
              <h2 id="proposal-title">
                Proposed: {humanize(proposal.action)}{' '}
                <span className={`badge state-${proposal.state}`}>{proposal.state}</span>
                {edited && <span className="badge edited">edited</span>}
              </h2>
              <p className="muted">
                {originLabel(proposal.origin)} · {formatInstant(proposal.createdAt)} ·{' '}
                <code>{proposal.id}</code>
              </p>
              <p className="muted">{proposal.rationale}</p>
              <DraftEditor
                proposal={proposal}
                fields={fields}
                onChange={setFields}
                editable={pending}
                bodyRef={bodyRef}
              />
              {pending && (
                <fieldset className="decision-bar">
                  <legend className="sr-only">Decide</legend>
                  <button
                    type="button"
                    className="primary"
                    onClick={approve}
                    disabled={busy}
                    aria-keyshortcuts="a"
                  >
                    {edited ? 'Approve edited' : 'Approve'} <kbd>a</kbd>
                  </button>
                  <button type="button" onClick={() => actionsRef.current?.edit()} aria-keyshortcuts="e">
                    Edit <kbd>e</kbd>
                  </button>
                  <button
                    type="button"
                    onClick={() => setDialog('reject')}
                    disabled={busy}
                    aria-keyshortcuts="r"
                  >
                    Reject <kbd>r</kbd>
                  </button>
                  <button
                    type="button"
                    onClick={() => setDialog('snooze')}
                    disabled={busy}
                    aria-keyshortcuts="s"
                  >
                    Snooze <kbd>s</kbd>
                  </button>
                </fieldset>
              )}
              {proposal.stateReason && !pending && <p className="muted">{proposal.stateReason}</p>}
              <div aria-live="polite">
                {message && (
                  <p
                    className={message.kind === 'error' ? 'error' : 'ok'}
                    role={message.kind === 'error' ? 'alert' : 'status'}
                  >
                    {message.text}
                  </p>
                )}
              </div>
            </section>
          )}
          <section aria-labelledby="thread-title">
            <h2 id="thread-title">Conversation</h2>
            <ThreadView activities={detail.activities} observations={detail.observations} />
          </section>
        </div>
        <aside className="deal-side" aria-label="Explain">
          <section aria-labelledby="explain-title">
            <h2 id="explain-title">Why</h2>
            <ExplainRail detail={detail} onReveal={reveal} />
          </section>
          {usageMatters(detail) && (
            <section aria-labelledby="usage-title">
              <h2 id="usage-title">Usage</h2>
              <UsageChart usage={detail.usage} licensedSeats={deal.licensedSeats} />
            </section>
          )}
          <section aria-labelledby="crm-title">
            <h2 id="crm-title">CRM record</h2>
            <CrmFields deal={deal} highlight={flashField} />
          </section>
        </aside>
      </div>
      {dialog === 'reject' && (
        <RejectDialog
          onClose={() => setDialog(undefined)}
          onReject={(reason: RejectReason, note: string) =>
            void decide('rejected', 'reject', { reason, ...(note ? { note } : {}) })
          }
        />
      )}
      {dialog === 'snooze' && (
        <SnoozeDialog
          onClose={() => setDialog(undefined)}
          onSnooze={(until) => void decide('snoozed', 'snooze', { until })}
        />
      )}
    </section>
  );
}
