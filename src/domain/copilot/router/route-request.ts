/** The deterministic router: a request in a rep's words → the task, and the records it is about, or a question back. */
import type { Candidate, CopilotIntent, RouteDecision } from '../copilot-schema.ts';
import { wordsOf } from '../text/fold-text.ts';
import { classifyIntent } from './classify-intent.ts';
import type { EntityIndex } from './entity-index.ts';
import { findMentions } from './find-mentions.ts';
import type { RepRecords } from './rep-records.ts';
import { bestMentions, resolveSubject, toMention } from './resolve-subject.ts';

/** Tasks that cannot run without knowing which customer: asked without one, the router asks back. */
const NEEDS_ACCOUNT: ReadonlySet<CopilotIntent> = new Set([
  'research_account',
  'prepare_brief',
  'log_activity',
  'draft_email',
]);

const TASK_WORDS: Record<CopilotIntent, string> = {
  research_account: 'research an account',
  prepare_brief: 'prep a meeting brief',
  log_activity: 'log a call or meeting',
  draft_email: 'draft an email',
  next_best_action: 'say what to do next on a deal',
  product_question: 'answer a product question',
};

const WHICH_ACCOUNT: Record<CopilotIntent, string> = {
  research_account: 'Which account should I research?',
  prepare_brief: 'Which account is the meeting with?',
  log_activity: 'Which account was this with?',
  draft_email: 'Who is the email to?',
  next_best_action: 'Which deal do you mean?',
  product_question: 'Which account is this for?',
};

// A clarifying question lists a handful of candidates: more is a menu, not a question.
const MAX_CANDIDATES = 5;

/** What the request says beyond naming things: the notes after "log call with Hank:", the email's purpose. */
export function topicOf(text: string, intent: CopilotIntent): string {
  const trimmed = text.trim();
  if (intent === 'product_question') return trimmed;
  const colon = trimmed.indexOf(':');
  if (intent === 'log_activity') return colon >= 0 ? trimmed.slice(colon + 1).trim() : trimmed;
  if (intent === 'draft_email') {
    if (colon >= 0) return trimmed.slice(colon + 1).trim();
    const about = /\b(?:about|regarding|re:?|saying|to say|that|asking|on)\s+(.+)$/i.exec(trimmed);
    return about?.[1]?.trim() ?? '';
  }
  return '';
}

function accountCandidates(records: RepRecords): Candidate[] {
  const soonest = new Map<string, string>();
  for (const o of records.opportunities) {
    if (!o.open) continue;
    const seen = soonest.get(o.accountId);
    if (!seen || o.closeDate < seen) soonest.set(o.accountId, o.closeDate);
  }
  return [...soonest]
    .sort((a, b) => a[1].localeCompare(b[1]))
    .slice(0, MAX_CANDIDATES)
    .flatMap(([id]) => {
      const account = records.accounts.find((a) => a.id === id);
      return account ? [{ type: 'account' as const, id, label: account.name }] : [];
    });
}

export function routeRequest(text: string, index: EntityIndex, options: { now: string }): RouteDecision {
  const words = wordsOf(text);
  const found = findMentions(index, words);
  const claimed = new Set(found.flatMap((f) => Array.from({ length: f.to - f.from }, (_, k) => f.from + k)));
  const named = {
    customer: found.some((f) => f.alias.type !== 'product'),
    product: found.some((f) => f.alias.type === 'product'),
  };
  const mentions = bestMentions(found).map(toMention);
  const reading = classifyIntent(words, claimed, named);
  const intent = reading.intent;
  if (!intent) {
    return {
      kind: 'clarify',
      mentions,
      clarification: {
        question: `What would you like me to do? I can ${Object.values(TASK_WORDS).join(', ')}.`,
        candidates: Object.entries(TASK_WORDS).map(([id, label]) => ({ type: 'intent', id, label })),
      },
    };
  }
  const subject = resolveSubject(index.records, found, { intent, text: reading.corrected, now: options.now });
  if (subject.kind === 'clarify')
    return { kind: 'clarify', intent, mentions, clarification: subject.clarification };
  const { accountId, opportunityId, contactIds, meetingId } = subject.subject;
  if (!accountId && NEEDS_ACCOUNT.has(intent)) {
    const candidates = accountCandidates(index.records);
    return {
      kind: 'clarify',
      intent,
      mentions,
      clarification: {
        question: `${WHICH_ACCOUNT[intent]} ${
          named.customer ? '' : 'I could not match a name in your request to your accounts. '
        }${candidates.length ? `Yours closing soonest: ${candidates.map((c) => c.label).join(', ')}.` : ''}`.trim(),
        candidates,
      },
    };
  }
  const route = {
    intent,
    ...(accountId ? { accountId } : {}),
    ...(opportunityId ? { opportunityId } : {}),
    contactIds,
    ...(meetingId ? { meetingId } : {}),
    topic: topicOf(text, intent),
    mentions,
  };
  const matched = mentions.filter((m) => m.type !== 'product').map((m) => `${m.label} ("${m.words}")`);
  const why = `Read as ${TASK_WORDS[intent]}${matched.length ? `, about ${matched.join(', ')}` : ''}.`;
  return { kind: 'route', route, why };
}
