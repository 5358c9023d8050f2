/**
 * Call notes in a rep's words → a structured ActivityLog: the kind of touch, who took part, a summary, each promise
 * (ours or theirs) with its date resolved against the request's instant in the rep's zone, and the next step.
 */
import { formatDay } from '../../dates/calendar.ts';
import { type DateMention, dueDay } from '../../dates/date-mentions.ts';
import { datesIn } from '../../dates/dates-in-text.ts';
import { localTime, UTC, zoneNamed } from '../../dates/zone.ts';
import type { ActivityLog } from '../../proposals/proposal-schema.ts';
import type { Account, Contact } from '../../workspace/workspace-schema.ts';
import { day } from './format.ts';

export type LogInput = {
  /** The whole request, for the kind of touch ("log call…", "met with…"). */
  request: string;
  /** The notes themselves (after "log call with Hank:"), or the whole request. */
  notes: string;
  account: Account | undefined;
  participants: readonly Contact[];
  asOf: string;
  timezone: string | undefined;
};

type Commitment = ActivityLog['commitments'][number];

const KIND: ReadonlyArray<[RegExp, ActivityLog['type']]> = [
  [/\b(?:meeting|met|onsite|on-site|visit|demo|workshop|lunch|coffee)\b/i, 'meeting'],
  [/\b(?:call|called|spoke|talked|phone|rang|dialed|zoom|teams)\b/i, 'call'],
  [/\b(?:email|emailed|e-mail|mail)\b/i, 'email'],
];

export function activityKind(request: string): ActivityLog['type'] {
  const head = request.split(':')[0] ?? request;
  for (const [re, kind] of KIND) if (re.test(head)) return kind;
  for (const [re, kind] of KIND) if (re.test(request)) return kind;
  return 'note';
}

const SUBJECT = '(?:he|she|they|the customer|the client|their [a-z]+|[a-z]+)';
// "he wants the 3-year numbers", "(she) asked for a quote", "they need pricing": something we now owe them.
const THEY_ASK = new RegExp(
  String.raw`(?:^|[\s,;])(?:${SUBJECT}\s+)?(?:wants|want|needs|need|asked for|asked us for|asked me for|asked (?:us|me)(?= to )|requested|would like|'d like|is waiting for|are waiting for|is expecting|are expecting|expects|expect)\s+(?<object>.+)`,
  'i',
);
const WE_WILL =
  /\b(?:i|we)(?:'ll|\s+will|\s+am going to|\s+are going to|\s+promised to|\s+committed to|\s+agreed to|\s+need to|\s+have to|\s+owe (?:him|her|them))\s+(?<object>.+)/i;
const THEY_WILL = new RegExp(
  String.raw`\b(?<who>${SUBJECT})(?:'ll|\s+will|\s+is going to|\s+are going to|\s+promised to|\s+agreed to|\s+committed to|\s+said (?:he|she|they)(?:'d|\s+would))\s+(?<object>.+)`,
  'i',
);
const NEXT_STEP = /\bnext steps?\s*[:-]\s*(.+)$/i;

const DATE_LEAD = /\s*(?:by|before|on|until|no later than|due|in|for|at|end of)?\s*$/i;

/** The clause without its date and without filler at either end. */
function withoutDate(text: string, date: DateMention | undefined, offset: number): string {
  let out = text;
  if (date) {
    const start = date.start - offset;
    const end = date.end - offset;
    if (start >= 0 && end <= text.length)
      out = `${text.slice(0, start).replace(DATE_LEAD, '')} ${text.slice(end)}`;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:.!-]+$/g, '')
    .replace(/\b(?:please|asap)\b/gi, '')
    .trim();
}

/** "us to send the deck" → "send the deck"; "to see a demo" → "show a demo"; "the 3-year numbers" → "send …". */
function whatWeOwe(object: string): string {
  const o = object.replace(/^(?:us|me)\s+/i, '').trim();
  const to = /^to\s+(\w+)\s*(.*)$/i.exec(o);
  if (!to) return `send ${o}`;
  const verb = to[1]!.toLowerCase();
  const rest = to[2] ?? '';
  if (verb === 'see' || verb === 'get') return `${verb === 'see' ? 'show' : 'send'} ${rest}`.trim();
  if (/^(?:talk|meet|discuss|chat|review|go)$/.test(verb)) return `set up a call to ${verb} ${rest}`.trim();
  return `${verb} ${rest}`.trim();
}

function clauses(notes: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = /[^.;!?\n]+/g;
  for (const m of notes.matchAll(re)) {
    // "…, and she'll send the security questionnaire": a new promise starts after ", and" or ", but".
    let offset = m.index ?? 0;
    for (const part of m[0].split(/(,\s*(?:and|but|also|plus)\s+|\s+and\s+(?=(?:i|we|he|she|they)\b))/i)) {
      if (part && !/^,?\s*(?:and|but|also|plus)\s*$/i.test(part)) out.push({ text: part, offset });
      offset += part.length;
    }
  }
  return out;
}

export function extractCommitments(notes: string, asOf: string, timezone: string | undefined): Commitment[] {
  const zone = zoneNamed(timezone) ?? UTC;
  const ref = localTime(Date.parse(asOf), zone);
  const text = notes.replace(/[\u2018\u2019]/g, "'");
  const lower = text.toLowerCase();
  const found: Commitment[] = [];
  for (const c of clauses(text)) {
    const date = datesIn(lower, ref).find((d) => d.start >= c.offset && d.end <= c.offset + c.text.length);
    const due = date ? { due: formatDay(dueDay(date)) } : {};
    const we = WE_WILL.exec(c.text);
    const theyAsk = THEY_ASK.exec(c.text);
    const theyWill = THEY_WILL.exec(c.text);
    // The object is the last group of each pattern: its offset in the notes is where the match ends minus its length.
    const pick = (m: RegExpExecArray) => {
      const object = m.groups?.object ?? '';
      return withoutDate(object, date, c.offset + m.index + m[0].length - object.length);
    };
    if (we) found.push({ by: 'us', what: pick(we), ...due });
    else if (theyAsk) found.push({ by: 'us', what: whatWeOwe(pick(theyAsk)), ...due });
    else if (theyWill && !/^(?:i|we)$/i.test(theyWill.groups?.who ?? ''))
      found.push({ by: 'them', what: pick(theyWill), ...due });
  }
  return found.filter((c) => c.what.length > 2);
}

const sentence = (s: string) => {
  const t = s.trim().replace(/\s+/g, ' ');
  return t ? `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}` : t;
};

export function extractActivityLog(input: LogInput): ActivityLog {
  const type = activityKind(input.request);
  const who = input.participants.map((c) => c.name);
  const label =
    type === 'note'
      ? `Note${input.account || who.length ? ` (${[input.account?.name, ...who].filter(Boolean).join(', ')})` : ''}`
      : `${type[0]!.toUpperCase()}${type.slice(1)}${who.length ? ` with ${who.join(', ')}` : ''}${input.account ? ` (${input.account.name})` : ''}`;
  const commitments = extractCommitments(input.notes, input.asOf, input.timezone);
  const stated = NEXT_STEP.exec(input.notes)?.[1];
  const ours = commitments.find((c) => c.by === 'us');
  const nextStep = stated
    ? sentence(stated).replace(/\.$/, '')
    : ours
      ? `${sentence(ours.what).replace(/\.$/, '')}${ours.due ? ` by ${day(ours.due)}` : ''}`
      : undefined;
  return {
    type,
    occurredAt: input.asOf,
    participants: input.participants.map((c) => c.email),
    summary: `${label}: ${sentence(input.notes)}`,
    commitments,
    ...(nextStep ? { nextStep } : {}),
  };
}
