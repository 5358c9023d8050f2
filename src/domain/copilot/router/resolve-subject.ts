/** Which account, deal, people and meeting a request is about, from the records it named; a tie is a question back. */
import type { Candidate, Clarification, CopilotIntent, Mention } from '../copilot-schema.ts';
import type { Found } from './find-mentions.ts';
import type { RepRecords } from './rep-records.ts';

export type Subject = {
  accountId?: string;
  opportunityId?: string;
  contactIds: string[];
  meetingId?: string;
};

export type SubjectReading =
  | { kind: 'subject'; subject: Subject }
  | { kind: 'clarify'; clarification: Clarification };

// Scores closer than this are a tie: "Hank" at two accounts is a question, not a coin toss.
const TIE = 0.1;
// Each further word that points at the same account ("Hank at Globex") makes it more certain.
const CORROBORATION = 0.15;

const DEAL_TYPE_WORDS: ReadonlyArray<{ re: RegExp; type: 'renewal' | 'expansion' | 'new_business' }> = [
  { re: /\b(?:renewal|renewals|renew|renewing)\b/, type: 'renewal' },
  { re: /\b(?:expansion|expand|upsell|upgrade|more seats|add on|addon)\b/, type: 'expansion' },
  { re: /\b(?:new business|new deal|new logo)\b/, type: 'new_business' },
];

/** Intents that work on one deal; asked about an account with several open deals, they ask which. */
const NEEDS_ONE_DEAL: ReadonlySet<CopilotIntent> = new Set(['log_activity', 'draft_email']);

/** Mentions of the same record keep their best reading. */
export function bestMentions(found: readonly Found[]): Found[] {
  const best = new Map<string, Found>();
  for (const f of found) {
    const key = `${f.alias.type}:${f.alias.id}`;
    const seen = best.get(key);
    if (!seen || f.score > seen.score) best.set(key, f);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.from - b.from);
}

export function toMention(f: Found): Mention {
  return {
    type: f.alias.type,
    id: f.alias.id,
    label: f.alias.label,
    words: f.raw,
    score: Math.round(f.score * 100) / 100,
  };
}

function accountScores(found: readonly Found[]): Array<{ accountId: string; score: number }> {
  const by = new Map<string, number[]>();
  for (const f of found) {
    if (f.alias.type === 'product' || !f.alias.accountId) continue;
    const weight = f.alias.type === 'contact' ? 0.9 : 1;
    by.set(f.alias.accountId, [...(by.get(f.alias.accountId) ?? []), f.score * weight]);
  }
  return [...by]
    .map(([accountId, scores]) => {
      const sorted = scores.sort((a, b) => b - a);
      return { accountId, score: sorted[0]! + CORROBORATION * (sorted.length - 1) };
    })
    .sort((a, b) => b.score - a.score);
}

function accountLabel(records: RepRecords, accountId: string): string {
  return records.accounts.find((a) => a.id === accountId)?.name ?? accountId;
}

/** "Which Hank do you mean: Hank Moss (Globex) or Hank Hill (Arlen Propane)?" */
function clarifyAccounts(
  records: RepRecords,
  tied: readonly string[],
  found: readonly Found[],
): Clarification {
  const candidates: Candidate[] = tied.map((accountId) => {
    const via = found.find((f) => f.alias.accountId === accountId && f.alias.type === 'contact');
    return via
      ? {
          type: 'contact',
          id: via.alias.id,
          label: `${via.alias.label} (${accountLabel(records, accountId)})`,
        }
      : { type: 'account', id: accountId, label: accountLabel(records, accountId) };
  });
  const word = found.find((f) => tied.includes(f.alias.accountId ?? ''))?.raw ?? 'one';
  const options = candidates.map((c) => c.label);
  return {
    question: `Which ${word} do you mean: ${options.slice(0, -1).join(', ')} or ${options.at(-1)}?`,
    candidates,
  };
}

function pickDeal(
  records: RepRecords,
  accountId: string,
  found: readonly Found[],
  text: string,
  intent: CopilotIntent,
): { opportunityId?: string } | { clarification: Clarification } {
  const named = found.filter((f) => f.alias.type === 'opportunity' && f.alias.accountId === accountId);
  const top = named[0];
  if (top && (named.length === 1 || top.score - named[1]!.score >= TIE))
    return { opportunityId: top.alias.id };
  const deals = records.opportunities.filter((o) => o.accountId === accountId);
  let open = deals.filter((o) => o.open);
  if (named.length > 1) open = deals.filter((o) => named.some((n) => n.alias.id === o.id));
  const typed = DEAL_TYPE_WORDS.find((t) => t.re.test(text));
  if (typed) {
    const ofType = open.filter((o) => o.type === typed.type);
    if (ofType.length === 1) return { opportunityId: ofType[0]!.id };
    if (ofType.length > 1) open = ofType;
  }
  if (open.length === 1) return { opportunityId: open[0]!.id };
  if (open.length === 0 || (!NEEDS_ONE_DEAL.has(intent) && named.length < 2)) return {};
  const candidates = open.map((o) => ({
    type: 'opportunity' as const,
    id: o.id,
    label: `${o.name} (${o.stage})`,
  }));
  return {
    clarification: {
      question: `${accountLabel(records, accountId)} has ${open.length} open deals: which one? ${candidates.map((c) => c.label).join('; ')}`,
      candidates,
    },
  };
}

/** The first booked meeting after `now` on the account (and deal), preferring one the named people attend. */
function nextMeeting(
  records: RepRecords,
  now: string,
  subject: { accountId?: string; opportunityId?: string; contactIds: readonly string[] },
): RepRecords['meetings'][number] | undefined {
  const emails = new Set(
    records.contacts.filter((c) => subject.contactIds.includes(c.id)).map((c) => c.email.toLowerCase()),
  );
  const upcoming = records.meetings
    .filter((m) => Date.parse(m.startsAt) >= Date.parse(now))
    .filter((m) => !subject.accountId || m.accountId === subject.accountId)
    .filter((m) => !subject.opportunityId || !m.opportunityId || m.opportunityId === subject.opportunityId)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return upcoming.find((m) => m.attendees.some((a) => emails.has(a.toLowerCase()))) ?? upcoming[0];
}

export function resolveSubject(
  records: RepRecords,
  found: readonly Found[],
  input: { intent: CopilotIntent; text: string; now: string },
): SubjectReading {
  const mentions = bestMentions(found);
  const accounts = accountScores(mentions);
  const top = accounts[0];
  if (!top) {
    // "Prep me for my next call": the earliest booked meeting says which account.
    if (input.intent === 'prepare_brief') {
      const meeting = nextMeeting(records, input.now, { contactIds: [] });
      if (meeting)
        return {
          kind: 'subject',
          subject: {
            accountId: meeting.accountId,
            ...(meeting.opportunityId ? { opportunityId: meeting.opportunityId } : {}),
            contactIds: [],
            meetingId: meeting.id,
          },
        };
    }
    return { kind: 'subject', subject: { contactIds: [] } };
  }
  const tied = accounts.filter((a) => top.score - a.score < TIE).map((a) => a.accountId);
  if (tied.length > 1) return { kind: 'clarify', clarification: clarifyAccounts(records, tied, mentions) };

  const accountId = top.accountId;
  const contactIds = mentions
    .filter((f) => f.alias.type === 'contact' && f.alias.accountId === accountId)
    .map((f) => f.alias.id);
  const deal = pickDeal(records, accountId, mentions, input.text, input.intent);
  if ('clarification' in deal) return { kind: 'clarify', clarification: deal.clarification };
  const subject: Subject = { accountId, ...deal, contactIds };
  if (input.intent === 'prepare_brief') {
    const meeting = nextMeeting(records, input.now, subject);
    if (meeting) {
      subject.meetingId = meeting.id;
      if (!subject.opportunityId && meeting.opportunityId) subject.opportunityId = meeting.opportunityId;
    }
  }
  return { kind: 'subject', subject };
}
