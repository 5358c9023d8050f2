/** Puts a drafted email together: greeting, a few short paragraphs, one ask, a sign-off, threaded onto the customer's mail. */
import type { ReadActivity } from '../mail/read-activity.ts';
import type { Citation, ProposalPayload } from '../proposals/proposal-schema.ts';
import type { Contact } from '../workspace/workspace-schema.ts';
import type { DealReading } from './deal-reading.ts';
import { firstName, withoutMarkup, wordCount } from './wording.ts';

export type Paragraph = { text: string /** Dropped first when the draft runs long. */; optional?: boolean };

export type EmailParts = {
  to: readonly Contact[];
  cc?: readonly Contact[];
  /** The subject of a new thread; a reply keeps the customer's subject. */
  subject: string;
  /** The customer's message this answers: the draft continues that thread. */
  replyTo?: ReadActivity | undefined;
  paragraphs: readonly Paragraph[];
  citations?: readonly Citation[];
};

const GREETINGS = ['Hi {name},', 'Hello {name},', '{name},', 'Hi {name},'] as const;
// Each is a closing the guardrails recognise, so nothing after it is read as a claim.
const SIGN_OFFS = [
  'Best,',
  'Thanks,',
  'Best regards,',
  'All the best,',
  'Kind regards,',
  'Cheers,',
  'Talk soon,',
];

/** "Re: Demo recap" for "RE: Re: Demo recap". */
export function replySubject(subject: string | undefined, fallback: string): string {
  const base = (subject ?? '').replace(/^\s*(?:(?:re|fwd?|aw|sv)\s*:\s*)+/i, '').trim();
  return base ? `Re: ${base}` : fallback;
}

/** Paragraphs that fit the word budget: optional ones go first, last ones first. */
function withinBudget(paragraphs: readonly Paragraph[], maxWords: number): string[] {
  const kept = paragraphs.map((p) => ({ ...p, text: withoutMarkup(p.text) })).filter((p) => p.text);
  let words = kept.reduce((n, p) => n + wordCount(p.text), 0);
  for (let i = kept.length - 1; i >= 0 && words > maxWords; i--) {
    if (!kept[i]!.optional) continue;
    words -= wordCount(kept[i]!.text);
    kept.splice(i, 1);
  }
  return kept.map((p) => p.text);
}

export function emailPayload(reading: DealReading, parts: EmailParts): ProposalPayload {
  const { pick, config } = reading;
  const names = parts.to.map((c) => firstName(c.name) ?? c.name);
  const greeting = pick('greeting', GREETINGS).replace(
    '{name}',
    names.length > 2 ? 'all' : names.join(' and '),
  );
  const body = [
    greeting,
    ...withinBudget(parts.paragraphs, config.maxWords),
    `${pick('sign-off', SIGN_OFFS)}\n${reading.rep.first}`,
  ].join('\n\n');
  const replyTo = parts.replyTo;
  const threadId = replyTo?.activity.threadId;
  return {
    kind: 'send_email',
    email: {
      to: parts.to.map((c) => c.email),
      cc: (parts.cc ?? []).map((c) => c.email),
      subject: withoutMarkup(replyTo ? replySubject(replyTo.activity.subject, parts.subject) : parts.subject),
      body,
      ...(threadId ? { threadId } : {}),
      ...(replyTo ? { inReplyToActivityId: replyTo.activity.id } : {}),
      // A citation whose sentence was cut for length backs nothing in the draft.
      citations: (parts.citations ?? []).filter((c) => !c.claim || body.includes(c.claim)),
    },
  };
}
