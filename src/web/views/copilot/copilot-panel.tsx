/** The chat panel beside the Today view: ask in your own words, watch the steps arrive, read the answer. */
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { CopilotAnswer } from '../../api/api-types.ts';
import { formatDuration, humanize } from '../../lib/format.ts';
import { navigate } from '../../lib/router.ts';
import { AnswerMarkdown } from './answer-markdown.tsx';
import type { CopilotChat, Turn } from './use-copilot-chat.ts';

const EXAMPLES = [
  'prep me for my call with Hank about the Globex proposal',
  "what's going on with Globex?",
  'does Enterprise support Okta?',
];

function ProposalNote({ answer }: { answer: CopilotAnswer }) {
  const { proposal } = answer;
  if (!proposal) return null;
  const href = `/proposals/${encodeURIComponent(proposal.id)}`;
  return (
    <p className="copilot-proposal">
      <span className={`badge state-${proposal.state}`}>{humanize(proposal.state)}</span>{' '}
      {humanize(proposal.kind)} <code>{proposal.id}</code>{' '}
      {proposal.blocked
        ? 'is held by the guardrails: it needs an edit before it can be approved.'
        : 'is in the decision queue, waiting for a person.'}{' '}
      <a
        href={href}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          navigate({ page: 'proposal', proposalId: proposal.id });
        }}
      >
        Review {proposal.id}
      </a>
    </p>
  );
}

function TurnView({ turn, last, busy }: { turn: Turn; last: boolean; busy: boolean }) {
  const working = last && busy && !turn.answer && !turn.error;
  return (
    <li className="copilot-turn" aria-busy={working}>
      <p className="copilot-ask">
        <span className="sr-only">You asked: </span>
        {turn.text}
      </p>
      {turn.steps.length > 0 && (
        <ol className="copilot-steps" aria-label="Steps">
          {turn.steps.map((s) => (
            <li key={s.seq} className={`observation kind-${s.observation.kind}`}>
              <span className="kind-badge">{s.observation.kind}</span> {s.observation.title}
            </li>
          ))}
        </ol>
      )}
      {working && <p className="muted">Working… {turn.steps.length} steps so far</p>}
      {turn.error && (
        <p className="error" role="alert">
          {turn.error}
        </p>
      )}
      {turn.answer && (
        <section className="copilot-answer" aria-label="Answer">
          <AnswerMarkdown answer={turn.answer} />
          <ProposalNote answer={turn.answer} />
          <p className="copilot-meta muted">
            {humanize(turn.answer.status)}
            {turn.answer.cached ? ', from the cache' : ''} · {turn.answer.steps} tool call
            {turn.answer.steps === 1 ? '' : 's'} · {formatDuration(turn.answer.latencyMs)}
          </p>
        </section>
      )}
    </li>
  );
}

export function CopilotPanel({ chat, onClose }: { chat: CopilotChat; onClose: () => void }) {
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => input.current?.focus(), []);
  // Follow the conversation as steps and answers arrive.
  const last = chat.turns[chat.turns.length - 1];
  const progress = `${chat.turns.length}:${last?.steps.length ?? 0}:${Boolean(last?.answer)}`;
  useEffect(() => {
    if (progress && log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [progress]);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const request = text.trim();
    if (!request || chat.busy) return;
    setText('');
    void chat.ask(request);
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  };

  return (
    <aside className="copilot" aria-labelledby="copilot-title">
      <div className="copilot-head">
        <h2 id="copilot-title" className="copilot-title">
          Copilot
        </h2>
        <button type="button" className="link" onClick={onClose} aria-keyshortcuts="c">
          Close <kbd>c</kbd>
        </button>
      </div>
      {chat.turns.length === 0 ? (
        <div className="copilot-empty muted">
          <p>Ask in your own words: research an account, prep a meeting, log a call, draft an email.</p>
          <p>For example: {EXAMPLES.map((e) => `“${e}”`).join(', ')}.</p>
          <p>Anything outbound waits in the decision queue for a person.</p>
        </div>
      ) : (
        <ol className="copilot-log" ref={log} aria-live="polite" aria-label="Conversation">
          {chat.turns.map((t, i) => (
            <TurnView key={t.id} turn={t} last={i === chat.turns.length - 1} busy={chat.busy} />
          ))}
        </ol>
      )}
      <form className="copilot-form" onSubmit={submit}>
        <label htmlFor="copilot-input">Ask the copilot</label>
        <textarea
          id="copilot-input"
          ref={input}
          rows={3}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
          placeholder="prep me for the Globex call"
        />
        <button type="submit" className="primary copilot-send" disabled={chat.busy || !text.trim()}>
          {chat.busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
    </aside>
  );
}
