/** Everything one deal contributes to a check: CRM facts, what its thread already said, notes, planted instructions. */
import { formatDay, parseDay } from '../../dates/calendar.ts';
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type {
  Account,
  Activity,
  Contact,
  Opportunity,
  UsagePoint,
} from '../../workspace/workspace-schema.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { recordCitation } from '../support/citations.ts';
import { blankOut } from '../text/blank-out.ts';
import {
  type DurationUnit,
  extractFigures,
  type Figure,
  nonFigureSpans,
  bareNumbers as numbersIn,
} from '../text/figures.ts';
import { sizeInGigabytes } from '../text/measured-numbers.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';
import { splitSentences } from '../text/sentences.ts';
import { zonesNamedIn } from '../text/time-zones.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchTerms, type TermMatch } from '../vocabulary/lexicon-matcher.ts';
import { askedAmounts } from './asked-amounts.ts';
import { durationInDays } from './durations.ts';
import { findInjectionAttempt, type InjectionAttempt } from './injection-attempts.ts';
import type { ConfidentialText, KnowledgeFacts } from './knowledge-facts.ts';
import { quantitiesIn } from './quantities.ts';

/** Figures already on record for the deal, each with the record it came from. */
export type FigureFacts = {
  money: Map<number, GuardCitation>;
  percents: Map<number, GuardCitation>;
  counts: Map<number, GuardCitation>;
  /** Plain numbers without a unit ("what would 25 more look like?"). */
  numbers: Map<number, GuardCitation>;
  durations: Map<number, GuardCitation>;
  /** "4-15" and "2026-4-15" keys. */
  dates: Map<string, GuardCitation>;
  months: Map<number, GuardCitation>;
  /** Each duration with the meaningful words of its sentence ("redlines in about three weeks"). */
  durationContexts: { days: number; stems: ReadonlySet<string>; citation: GuardCitation }[];
  /**
   * What the customer counts, by the counted noun's stem ("14,000 active contracts" → contract →
   * 14000); data sizes under "gb", in gigabytes ("300 GB of scans").
   */
  quantities: Map<string, Map<number, GuardCitation>>;
  /** Counts said as a change ("four more", "5 extra agents"), which a total may add or take away. */
  changes: Map<number, GuardCitation>;
  /** A usage metric's figures by counted noun and month of the period (1 to 12): "3,800 tickets in August". */
  monthly: Map<string, Map<number, number[]>>;
};

const CHANGE = new RegExp(
  String.raw`\b(${NUMBER})\s+(?:more|extra|additional|new|fewer|less)\b|\b(?:add|adding|hire|hiring|remove|removing|drop|dropping|lose|losing)\s+(?:our\s+|another\s+|about\s+)?(${NUMBER})\b`,
  'gi',
);

// What a sentence is about, without the words of any sentence with a number in it ("about three weeks").
const NOT_TOPIC =
  /^(?:about|around|roughly|within|after|before|until|next|last|this|that|than|more|less|expect|take|one|two|three|four|five|six|seven|eight|nine|ten|week|day|month|year|hour|minute)$/;
const isTopicWord = (w: string) =>
  w.length > 2 && !STOPWORDS.has(w) && !GENERIC_STEMS.has(w) && !NOT_TOPIC.test(w) && !/\d/.test(w);

export type Approval = {
  percent: number | undefined;
  /** The term the approval is for ("on a three-year term"), in days, if it names one. */
  durationDays?: number | undefined;
  citation: GuardCitation;
  /** The record's sentences after it, which say what it covers and keeps out ("Seat fees only: … stay at list"). */
  conditions?: readonly string[];
};

export type DealContext = {
  opportunity: Opportunity;
  account: Account | undefined;
  /** The account's contacts by lower-case address, whatever their status. */
  contactsByEmail: ReadonlyMap<string, Contact>;
  crm: FigureFacts;
  contractEnd: { month: number; day: number; citation: GuardCitation } | undefined;
  thread: FigureFacts;
  /**
   * Amounts only the customer's questions state ("WFM is $12 per agent, right?") or give as a rival's:
   * what they take a price to be, which backs no amount of ours.
   */
  asked: ReadonlySet<number>;
  /** Capability terms the deal's own mail already used (a pilot we proposed in writing). */
  threadTerms: ReadonlySet<string>;
  notes: readonly ConfidentialText[];
  /** Words anyone on the thread has already seen: a note's other words are its secrets. */
  publicStems: ReadonlySet<string>;
  /** Names of the deal's own account, contacts and opportunity: words a draft may use freely. */
  ownStems: ReadonlySet<string>;
  approvals: readonly Approval[];
  /** Days (ISO dates) of the deal's scheduled meetings: "see you on the 19th" must be one of them. */
  meetings: readonly string[];
  /**
   * When those meetings start (ISO instants) and who is invited: a meeting's day depends on the time
   * zone it is said in, which may be the attendees'.
   */
  meetingStarts?: readonly {
    id: string;
    startsAt: string;
    attendees: readonly string[];
    lengthDays?: number;
    /** Zones the meeting's own record says it in ("2:00 to 3:00 p.m. Mountain Time (Calgary)"). */
    zones?: readonly string[];
  }[];
  injections: readonly InjectionAttempt[];
  facts: KnowledgeFacts;
};

/** Amounts the CRM and the thread state, less those the customer only asked about. */
export function moneyOnRecord(deal: DealContext): [number, GuardCitation][] {
  return [...deal.crm.money, ...[...deal.thread.money].filter(([v]) => !deal.asked.has(v))];
}

export const emptyFigures = (): FigureFacts => ({
  money: new Map(),
  percents: new Map(),
  counts: new Map(),
  numbers: new Map(),
  durations: new Map(),
  dates: new Map(),
  months: new Map(),
  durationContexts: [],
  quantities: new Map(),
  changes: new Map(),
  monthly: new Map(),
});

const setOnce = <K, V>(map: Map<K, V>, key: K, value: V) => {
  if (!map.has(key)) map.set(key, value);
};

export function addDate(facts: FigureFacts, iso: string, citation: GuardCitation) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  setOnce(facts.dates, `${m}-${d}`, citation);
  setOnce(facts.dates, `${y}-${m}-${d}`, citation);
}

export function isInternal(activity: Activity): boolean {
  return activity.type === 'note' || activity.type === 'task' || activity.direction === 'internal';
}

function activityCitation(activity: Activity, quote?: string): GuardCitation {
  const what = activity.subject ? `"${activity.subject}"` : activity.type;
  return recordCitation(
    'activity',
    activity.id,
    `${activity.type} ${activity.id} ${what}, ${activity.occurredAt.slice(0, 10)}`,
    {
      ...(quote ? { quote } : {}),
    },
  );
}

/** Reads the figures of one text into `facts`, resolving year-less dates against when it was written; returns them. */
function readThreadFigures(
  facts: FigureFacts,
  text: string,
  terms: readonly TermMatch[],
  citation: GuardCitation,
  writtenAt: string,
  metered?: RegExp,
): Figure[] {
  const year = Number(writtenAt.slice(0, 4));
  const masked = [...nonFigureSpans(text), ...terms.filter((m) => /\d/.test(m.text))];
  const figures = extractFigures(text, masked, metered);
  for (const f of figures) {
    if (f.type === 'money') setOnce(facts.money, f.value, citation);
    else if (f.type === 'percent') setOnce(facts.percents, f.value, citation);
    else if (f.type === 'count') setOnce(facts.counts, f.value, citation);
    else if (f.type === 'month') setOnce(facts.months, f.month, citation);
    else if (f.type === 'date') {
      setOnce(facts.dates, `${f.month}-${f.day}`, citation);
      setOnce(facts.dates, `${f.year ?? year}-${f.month}-${f.day}`, citation);
    }
  }
  const durations = figures.filter((f) => f.type === 'duration');
  if (durations.length > 0) {
    for (const sentence of splitSentences(text)) {
      for (const f of durations) {
        if (f.start < sentence.start || f.start >= sentence.end) continue;
        const days = durationInDays(f.value, f.unit);
        setOnce(facts.durations, days, citation);
        const words = new Set(stems(sentence.text).filter(isTopicWord));
        facts.durationContexts.push({ days, stems: words, citation });
      }
    }
  }
  for (const n of numbersIn(text.replace(/[\w.+-]+@[\w.-]+/g, ' '))) setOnce(facts.numbers, n, citation);
  for (const m of text.matchAll(CHANGE)) {
    const value = parseNumber((m[1] ?? m[2])!);
    if (value !== undefined) setOnce(facts.changes, value, citation);
  }
  const counted = (noun: string, value: number) => {
    const values = facts.quantities.get(noun) ?? new Map<number, GuardCitation>();
    setOnce(values, value, citation);
    facts.quantities.set(noun, values);
  };
  for (const q of quantitiesIn(text)) for (const noun of q.nouns) counted(noun, q.value);
  for (const f of figures) {
    const size = f.type === 'count' ? sizeInGigabytes(f.value, f.unit) : undefined;
    if (size !== undefined) counted('gb', size);
  }
  return figures;
}

/** "Security review (45 min)": the length a meeting's title gives it, in days. */
function meetingLength(meeting: Activity): { lengthDays?: number } {
  const f = extractFigures(meeting.subject ?? '').find((x) => x.type === 'duration');
  return f?.type === 'duration' ? { lengthDays: durationInDays(f.value, f.unit) } : {};
}

/**
 * The dates an internal note states (year-less ones resolved against when it was written) and what
 * it counts of the customer's ("about 300 GB of scanned contracts", "a team of 6").
 */
function readNoteFacts(facts: FigureFacts, text: string, citation: GuardCitation, writtenAt: string) {
  const year = Number(writtenAt.slice(0, 4));
  const counted = (noun: string, value: number) => {
    const values = facts.quantities.get(noun) ?? new Map<number, GuardCitation>();
    setOnce(values, value, citation);
    facts.quantities.set(noun, values);
  };
  for (const f of extractFigures(text, nonFigureSpans(text))) {
    if (f.type === 'date') {
      setOnce(facts.dates, `${f.month}-${f.day}`, citation);
      setOnce(facts.dates, `${f.year ?? year}-${f.month}-${f.day}`, citation);
    }
    const size = f.type === 'count' ? sizeInGigabytes(f.value, f.unit) : undefined;
    if (size !== undefined) counted('gb', size);
  }
  for (const q of quantitiesIn(text)) for (const noun of q.nouns) counted(noun, q.value);
}

// "Discount approval (VP Sales, 24 Nov): …" heads the record of one as much as "approved" says it.
const APPROVED =
  /\b(?:approved|approves|signed off|OK'?d|okayed|green-?lit|cleared|(?:got|received|have|has|secured|obtained)\s+(?:\w+\s+){0,2}(?:approval|sign-?off))\b|\bapproval\s*(?:\([^)]*\)\s*)?:/i;
// "(not combined)" says how the approved discount applies, not that it is unapproved.
const NOT_YET_APPROVED =
  /\b(?:not(?!\s+(?:combined|stacked|in addition|on top))|no|pending|awaiting|waiting|requested|request(?:ing)?|needs?|need to get|seeking|ask(?:ed)? for|will ask|declined|rejected|refused|denied)\b/i;

const CONTEXT_PERCENT =
  /\b(?:on top of|in addition to|in place of|instead of|rather than|replacing|after|beyond|besides)\s+(?:the|a|an|our|their|your|[\w-]+'s|[\w-]+’s)?\s*$/i;
/** An approval sentence that also carries what must stay inside ("floor", "don't share") is still a note. */
const STILL_SECRET =
  /\b(?:floor|walk[- ]?away|margin|cost(?:s)? us|do not share|don't share|never share|don't tell|do not tell|internal(?:ly)?|confidential|don't volunteer|do not volunteer)\b/i;

// "Discount: 18% off …", "Term: 36 months only.": the lines of an approval form under its "Approved by…".
const FORM_DISCOUNT = /^\W*(?:approved\s+)?(?:discount|reduction|rate)\s*:.*%/i;
const FORM_TERM = /^\W*(?:term|contract term|commitment)\s*:/i;
const GRANTED_OFF = /\b(?:off|discount|reduction)\b/i;
// How many lines after "Approved by the deal desk" its form may run.
const FORM_REACH = 6;

function readApprovals(activity: Activity): Approval[] {
  const approvals: Approval[] = [];
  let conditions: string[] = [];
  const sentences = splitSentences(activity.body ?? '');
  let formUntil = -1;
  for (const [i, s] of sentences.entries()) {
    // "Approved by the deal desk." over a form: its discount line is what was approved, its term line the term.
    if (APPROVED.test(s.text) && !NOT_YET_APPROVED.test(s.text) && !/discount|%|percent|pric/i.test(s.text))
      formUntil = i + FORM_REACH;
    // "Approved by Gwen (Sales Manager). Brackenridge may have 18% off …": the sentence after, stating the
    // reduction, is what was approved.
    const inForm =
      i <= formUntil &&
      (FORM_DISCOUNT.test(s.text) ||
        (i === formUntil - FORM_REACH + 1 && /%/.test(s.text) && GRANTED_OFF.test(s.text)));
    if (
      !inForm &&
      (!APPROVED.test(s.text) || NOT_YET_APPROVED.test(s.text) || !/discount|%|percent|pric/i.test(s.text))
    ) {
      conditions.push(s.text);
      continue;
    }
    conditions = [];
    const termLine = inForm
      ? sentences.slice(i + 1, formUntil + 1).find((t) => FORM_TERM.test(t.text))?.text
      : undefined;
    const figures = extractFigures(termLine ? `${s.text} ${termLine}` : s.text);
    // "12% off, on top of the 15% volume discount, in place of the rep's 8%": the approved figure is the
    // one not named as what it adds to or replaces.
    const context = (start: number) => CONTEXT_PERCENT.test(s.text.slice(Math.max(0, start - 40), start));
    const all = figures.filter((f) => f.type === 'percent');
    const approved = all.filter((f) => !context(f.start));
    const percents = (approved.length > 0 ? approved : all).map((f) => f.value);
    const term = figures.find((f) => f.type === 'duration' && (f.unit === 'year' || f.unit === 'month'));
    approvals.push({
      percent: percents.length > 0 ? Math.max(...percents) : undefined,
      durationDays: term?.type === 'duration' ? durationInDays(term.value, term.unit) : undefined,
      citation: activityCitation(activity, s.text),
      conditions,
    });
  }
  return approvals;
}

// The words of a usage metric's name that qualify what it counts rather than name it.
const USAGE_QUALIFIER =
  /^(?:creat|activ|active|us|used|total|count|number|per|percent|pct|median|mean|avg|averag|rate|daily|weekly|monthly|minut|hour|day|week|month|seat|new|open|clos|resolv|sent|receiv)$/;

function readUsage(
  facts: FigureFacts,
  usage: readonly UsagePoint[],
  accountId: string,
  licensed: number | undefined,
) {
  const byMetric = new Map<string, UsagePoint[]>();
  for (const u of usage) {
    if (u.accountId !== accountId) continue;
    byMetric.set(u.metric, [...(byMetric.get(u.metric) ?? []), u]);
  }
  for (const [metric, points] of byMetric) {
    points.sort((a, b) => a.period.localeCompare(b.period));
    const last = points[points.length - 1]!;
    const cite = recordCitation(
      'account',
      accountId,
      `usage ${metric}, ${points[0]!.period} to ${last.period}`,
    );
    // "Only 42% of your seats are active": the latest figure against the licensed seats.
    if (licensed) setOnce(facts.percents, Math.round((last.value / licensed) * 100), cite);
    // "tickets_created": what the metric counts, by stem, so "4,120 tickets" can be held to it.
    const nouns = stems(metric.replace(/_/g, ' ')).filter((w) => !USAGE_QUALIFIER.test(w));
    // "csat_percent", "first_response_minutes": a metric whose name gives its unit is a share or a time.
    const percent = /percent|pct|csat|nps|share/i.test(metric);
    const unit = /(minute|hour|day)s?\b/i.exec(metric.replace(/_/g, ' '))?.[1]?.toLowerCase() as
      | DurationUnit
      | undefined;
    for (const p of points) {
      setOnce(facts.counts, p.value, cite);
      if (percent) setOnce(facts.percents, p.value, cite);
      if (unit) setOnce(facts.durations, durationInDays(p.value, unit), cite);
      const month = Number(/^\d{4}-(\d{2})/.exec(p.period)?.[1]);
      for (const noun of nouns) {
        const values = facts.quantities.get(noun) ?? new Map<number, GuardCitation>();
        setOnce(values, p.value, cite);
        facts.quantities.set(noun, values);
        if (!month) continue;
        const byMonth = facts.monthly.get(noun) ?? new Map<number, number[]>();
        byMonth.set(month, [...(byMonth.get(month) ?? []), p.value]);
        facts.monthly.set(noun, byMonth);
      }
      // "All 120 reporting in the week of 11 January": the day a usage figure is for is on record.
      if (/^\d{4}-\d{2}-\d{2}$/.test(p.period)) addDate(facts, p.period, cite);
      if (p.value !== 0 && p !== last)
        setOnce(facts.percents, Math.round(Math.abs(((last.value - p.value) / p.value) * 100)), cite);
    }
  }
}

export type DealSources = {
  opportunity: Opportunity;
  account: Account | undefined;
  contacts: readonly Contact[];
  activities: readonly Activity[];
  usage: readonly UsagePoint[];
  sellerDomains: readonly string[];
  facts: KnowledgeFacts;
  /** Counts of the price book's metered units ("140 hosts"), read like seats. */
  metered?: RegExp;
  /** Competitors' names: an amount the customer gives beside one is the rival's price. */
  competitors?: readonly string[];
};

export function buildDealContext(sources: DealSources): DealContext {
  const { opportunity: opp, account } = sources;
  const crm = emptyFigures();
  const oppCite = (field: string, value: string | number) =>
    recordCitation('opportunity', opp.id, `opportunity ${opp.id} ${field}`, { field, quote: String(value) });
  setOnce(crm.money, opp.amount, oppCite('amount', opp.amount));
  addDate(crm, opp.closeDate, oppCite('closeDate', opp.closeDate));
  if (opp.nextStepDate) addDate(crm, opp.nextStepDate, oppCite('nextStepDate', opp.nextStepDate));
  if (opp.contractEndDate) {
    const cite = oppCite('contractEndDate', opp.contractEndDate);
    addDate(crm, opp.contractEndDate, cite);
    // The renewal term starts the day after the contract ends.
    addDate(crm, formatDay(parseDay(opp.contractEndDate) + 1), cite);
  }
  if (account?.employees !== undefined)
    setOnce(
      crm.counts,
      account.employees,
      recordCitation('account', account.id, `account ${account.id} employees`),
    );
  if (opp.licensedSeats !== undefined)
    setOnce(crm.counts, opp.licensedSeats, oppCite('licensedSeats', opp.licensedSeats));
  // "Acme: Core HR, 45 employees": the deal's name often records the size it is priced for.
  for (const f of extractFigures(opp.name))
    if (f.type === 'count') setOnce(crm.counts, f.value, oppCite('name', opp.name));
  readUsage(crm, sources.usage, opp.accountId, opp.licensedSeats);

  const thread = emptyFigures();
  const threadTerms = new Set<string>();
  const notes: ConfidentialText[] = [];
  const publicStems = new Set<string>();
  const hasNotes = sources.activities.some(isInternal);
  const approvals: Approval[] = [];
  const injections: InjectionAttempt[] = [];
  const asked = new Set<number>();
  const said = new Set<number>();
  const ours = (address: string | undefined) =>
    address !== undefined && sources.sellerDomains.some((d) => address.toLowerCase().endsWith(`@${d}`));

  for (const activity of sources.activities) {
    const inbound = activity.type === 'email' && (activity.direction === 'inbound' || !ours(activity.from));
    const attempt = inbound ? findInjectionAttempt(activity) : undefined;
    if (attempt) injections.push(attempt);
    // Planted instructions are no record of anything: their figures and words support nothing.
    const body = attempt ? blankOut(activity.body ?? '', [attempt]) : (activity.body ?? '');
    const text = [activity.subject ?? '', body].join('\n');
    const citation = activityCitation(activity);
    for (const iso of [activity.occurredAt, activity.startsAt, activity.dueAt])
      if (iso) addDate(crm, iso, citation);
    if (isInternal(activity)) {
      // A note's dates are the record's ("valid until 2026-10-31", "the pilot runs to the 19th"):
      // facts a draft may state, whatever the confidential check makes of the note's other words.
      readNoteFacts(crm, body, citation, activity.occurredAt);
      const approved = readApprovals(activity);
      approvals.push(...approved);
      // What an approval grants is meant to reach the customer: its own sentence is no secret.
      const granted = new Set(approved.map((a) => a.citation.quote));
      for (const s of splitSentences(activity.body ?? '')) {
        if (granted.has(s.text) && !STILL_SECRET.test(s.text)) continue;
        notes.push({
          text: s.text,
          stems: new Set(stems(s.text)),
          citation: activityCitation(activity, s.text),
        });
      }
      continue;
    }
    const terms = matchTerms(text);
    const figures = readThreadFigures(thread, text, terms, citation, activity.occurredAt, sources.metered);
    if (inbound) for (const v of askedAmounts(text, figures, sources.competitors)) asked.add(v);
    else for (const f of figures) if (f.type === 'money') said.add(f.value);
    // Only a deal with internal notes needs to know which words are public (to find the notes' secrets).
    if (hasNotes) for (const s of stems(text)) publicStems.add(s);
    for (const m of terms) threadTerms.add(m.term.id);
  }
  const meetings = sources.activities.flatMap((a) =>
    a.type === 'meeting' && a.startsAt && a.status !== 'cancelled' ? [a.startsAt.slice(0, 10)] : [],
  );
  const meetingStarts = sources.activities.flatMap((a) =>
    a.type === 'meeting' && a.startsAt && a.status !== 'cancelled'
      ? [
          {
            id: a.id,
            startsAt: a.startsAt,
            attendees: [...(a.to ?? []), ...(a.cc ?? [])],
            ...meetingLength(a),
            zones: zonesNamedIn(`${a.subject ?? ''}\n${a.body ?? ''}`),
          },
        ]
      : [],
  );
  const contactsByEmail = new Map(sources.contacts.map((c) => [c.email.toLowerCase(), c]));
  const ownStems = new Set(
    stems(
      [
        account?.name ?? '',
        account?.industry ?? '',
        opp.name,
        ...sources.contacts.map((c) => `${c.name} ${c.title ?? ''}`),
      ].join(' '),
    ),
  );
  for (const s of ownStems) publicStems.add(s);
  // Usage is the customer's own data: "weekly active users" repeats no note.
  for (const u of sources.usage)
    for (const s of stems(`${u.metric.replace(/_/g, ' ')} weekly usage`)) publicStems.add(s);
  const contractEnd = opp.contractEndDate
    ? {
        month: Number(opp.contractEndDate.slice(5, 7)),
        day: Number(opp.contractEndDate.slice(8, 10)),
        citation: oppCite('contractEndDate', opp.contractEndDate),
      }
    : undefined;
  return {
    opportunity: opp,
    account,
    contactsByEmail,
    crm,
    contractEnd,
    thread,
    asked: new Set([...asked].filter((v) => !said.has(v))),
    threadTerms,
    notes,
    publicStems,
    ownStems,
    approvals,
    meetings,
    meetingStarts,
    injections,
    facts: sources.facts,
  };
}
