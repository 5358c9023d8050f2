/** The rep's morning page: the ranked list on the left, the open deal on the right, a live bar while a run works. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CopilotAnswer, Me, RunProgressView, TodayView as Today } from '../../api/api-types.ts';
import { ApiError, post } from '../../api/client.ts';
import { followRunEvents } from '../../api/follow-run.ts';
import { useResource } from '../../api/use-resource.ts';
import { formatInstant } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';
import { CopilotPanel } from '../copilot/copilot-panel.tsx';
import { useCopilotChat } from '../copilot/use-copilot-chat.ts';
import { DealList } from './deal-list.tsx';
import { type DealActions, DealPanel } from './deal-panel.tsx';
import { KeysHelp } from './keys-help.tsx';
import { RunProgress } from './run-progress.tsx';
import { useProposalLink } from './use-proposal-link.ts';
import { useShortcuts } from './use-shortcuts.ts';

type Progress = Pick<RunProgressView, 'id' | 'status' | 'deals' | 'done' | 'proposals' | 'failed'>;

// New deals appear as they are reasoned, but the list reloads at most this often: a big run makes many events.
const RELOAD_EVERY_MS = 1500;
// The server's page size: the first page is the one it keeps warm.
const PAGE = 50;

export function TodayView({
  me,
  dealId,
  owner,
  proposalId,
  linkedProposalId,
}: {
  me: Me;
  dealId: string | undefined;
  owner: string | undefined;
  /** The proposal picked on the open deal, from the address. */
  proposalId?: string | undefined;
  /** A link to a proposal whose deal is still being looked up. */
  linkedProposalId?: string | undefined;
}) {
  const [limit, setLimit] = useState(PAGE);
  const query = new URLSearchParams({
    ...(owner ? { owner } : {}),
    ...(limit !== PAGE ? { limit: String(limit) } : {}),
  }).toString();
  const today = useResource<Today>(`/api/today${query ? `?${query}` : ''}`);
  const [selected, setSelected] = useState(0);
  const [help, setHelp] = useState(false);
  const [progress, setProgress] = useState<Progress>();
  const [runError, setRunError] = useState<string>();
  const actions = useRef<DealActions>(null);
  const rows = useMemo(() => (today.data ? [...today.data.actNow, ...today.data.monitor] : []), [today.data]);
  const reloadToday = today.reload;
  const [copilot, setCopilot] = useState(false);
  const linkError = useProposalLink(me, linkedProposalId);
  // A draft or a call log the copilot proposed changes the queue on this page.
  const chat = useCopilotChat(
    useCallback((answer: CopilotAnswer) => (answer.proposal ? void reloadToday() : undefined), [reloadToday]),
  );

  // Keep the selection on the open deal (after a reload or a click).
  useEffect(() => {
    if (!dealId) return;
    const index = rows.findIndex((r) => r.opportunityId === dealId);
    if (index >= 0) setSelected(index);
  }, [dealId, rows]);

  const open = useCallback(
    (index: number) => {
      const row = rows[index];
      if (row) navigate({ page: 'today', dealId: row.opportunityId, owner });
    },
    [rows, owner],
  );

  const follow = useCallback(
    (runId: string) => {
      let last = 0;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const reloadSoon = () => {
        if (timer) return;
        timer = setTimeout(
          () => {
            timer = undefined;
            last = Date.now();
            void reloadToday();
          },
          Math.max(0, RELOAD_EVERY_MS - (Date.now() - last)),
        );
      };
      return followRunEvents(runId, {
        onProgress: (p) => {
          setProgress(p);
          reloadSoon();
        },
        onEnd: () => void reloadToday(),
      });
    },
    [reloadToday],
  );

  // A run already going when the page opens (the morning schedule, another tab) is followed too.
  const lastRun = today.data?.lastRun;
  const followedRun = useRef<string>(undefined);
  const stopFollowing = useRef<() => void>(undefined);
  useEffect(() => {
    if (
      lastRun &&
      (lastRun.status === 'running' || lastRun.status === 'queued') &&
      followedRun.current !== lastRun.id
    ) {
      followedRun.current = lastRun.id;
      stopFollowing.current?.();
      stopFollowing.current = follow(lastRun.id);
    }
  }, [lastRun, follow]);
  useEffect(() => () => stopFollowing.current?.(), []);

  const runNow = async () => {
    setRunError(undefined);
    try {
      const run = await post<Progress>('/api/runs', owner ? { repId: owner } : {});
      setProgress(run);
      followedRun.current = run.id;
      stopFollowing.current?.();
      stopFollowing.current = follow(run.id);
    } catch (e) {
      setRunError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const onDecided = useCallback(async () => {
    await reloadToday();
    // Like an email client: once the deal's last proposal is decided, the next deal opens.
    const next = Math.min(selected + 1, rows.length - 1);
    setSelected(next);
    open(next);
  }, [reloadToday, selected, rows.length, open]);

  const decidedOnDeal = useCallback(
    (next: string | undefined) => {
      if (next && dealId) {
        // Another proposal on this deal still waits: it opens in place, like the next message of a thread.
        void reloadToday();
        navigate({ page: 'today', dealId, owner, proposalId: next }, { replace: true });
      } else void onDecided();
    },
    [dealId, owner, reloadToday, onDecided],
  );

  useShortcuts({
    j: () => setSelected((s) => Math.min(s + 1, rows.length - 1)),
    k: () => setSelected((s) => Math.max(s - 1, 0)),
    enter: () => open(selected),
    a: () => actions.current?.approve(),
    e: () => actions.current?.edit(),
    r: () => actions.current?.reject(),
    s: () => actions.current?.snooze(),
    c: () => setCopilot((open) => !open),
    '?': () => setHelp((h) => !h),
    escape: () =>
      help
        ? setHelp(false)
        : copilot
          ? setCopilot(false)
          : dealId
            ? navigate({ page: 'today', owner })
            : undefined,
  });

  // j/k move the visible selection and the focus with it.
  useEffect(() => {
    const row = document.querySelectorAll<HTMLButtonElement>('.deal-list [data-row]')[selected];
    if (
      row &&
      document.activeElement !== row &&
      !document.activeElement?.closest('.deal-panel, [role="dialog"]')
    )
      row.focus({ preventScroll: false });
  }, [selected]);

  const running = progress && (progress.status === 'running' || progress.status === 'queued');
  const data = today.data;
  return (
    <main className="today">
      <div className="today-bar">
        <h1>
          {owner && data ? `${data.owner.name}’s deals` : `Good morning, ${me.user.name.split(' ')[0]}`}
        </h1>
        {data?.asOf && <span className="muted">as of {formatInstant(data.asOf)}</span>}
        {progress && <RunProgress progress={progress} />}
        <button type="button" className="primary" onClick={() => void runNow()} disabled={Boolean(running)}>
          {running ? 'Running…' : 'Run now'}
        </button>
        <button
          type="button"
          onClick={() => setCopilot((open) => !open)}
          aria-expanded={copilot}
          aria-keyshortcuts="c"
        >
          Copilot <kbd>c</kbd>
        </button>
        <button type="button" className="link" onClick={() => setHelp(true)} aria-keyshortcuts="?">
          Keys <kbd>?</kbd>
        </button>
      </div>
      {runError && (
        <p className="error" role="alert">
          {runError}
        </p>
      )}
      {today.error && (
        <p className="error" role="alert">
          {today.error.message}
        </p>
      )}
      <div className={copilot ? 'today-body with-copilot' : 'today-body'}>
        {data ? (
          <DealList
            today={data}
            rows={rows}
            selected={selected}
            openId={dealId}
            onSelect={setSelected}
            onOpen={open}
            onMore={() => setLimit((l) => l + PAGE)}
          />
        ) : (
          <p className="muted">Loading your deals…</p>
        )}
        {dealId ? (
          <DealPanel
            key={dealId}
            dealId={dealId}
            proposalId={proposalId}
            onPick={(id) => navigate({ page: 'today', dealId, owner, proposalId: id }, { replace: true })}
            actionsRef={actions}
            onDecided={decidedOnDeal}
            onClose={() => navigate({ page: 'today', owner })}
          />
        ) : linkedProposalId ? (
          <section className="deal-panel placeholder" aria-busy={!linkError}>
            {linkError ? (
              <p role="alert" className="error">
                {linkError.message}
              </p>
            ) : (
              <p className="muted">Opening proposal {linkedProposalId}…</p>
            )}
          </section>
        ) : (
          <section className="deal-panel placeholder">
            <p className="muted">
              Select a deal with <kbd>j</kbd>/<kbd>k</kbd> and open it with <kbd>Enter</kbd>. Press{' '}
              <kbd>?</kbd> for all keys.
            </p>
          </section>
        )}
        {copilot && <CopilotPanel chat={chat} onClose={() => setCopilot(false)} />}
      </div>
      {help && <KeysHelp onClose={() => setHelp(false)} />}
    </main>
  );
}
