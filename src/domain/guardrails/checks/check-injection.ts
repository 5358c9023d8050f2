/** Prompt injection: flag instructions planted in inbound mail, and block a draft that carries them out. */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis } from '../analyze-draft.ts';
import type { GuardConfig } from '../guard-config.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { InjectionAttempt } from '../index/injection-attempts.ts';
import { recordCitation } from '../support/citations.ts';
import { isDiscountPercent } from '../support/discount-language.ts';
import { finding } from '../support/findings.ts';
import { blankOut } from '../text/blank-out.ts';
import { isNegatedAt, isRefusedAt } from '../text/claim-context.ts';
import { bareNumbers } from '../text/figures.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { addressOf } from './check-recipients.ts';

// Notes are internal only when they are someone's notes ("our deal notes"), not the product's notes.
const INTERNAL_MATERIAL =
  /\b(?:internal(?:\s+[\w-]+)?|confidential|floor|cost price|margins?|price ?list|system prompt|(?:system|my|our)\s+instructions|discount (?:policy|matrix|limits?)|(?:our|my|deal|account|sales|CRM|private)\s+notes)\b/gi;

const ASKED_FOR =
  /\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|want(?:s|ed)?)\s+(?:for\s+|about\s+)?(?:[\w'’]+\s+){0,2}$/i;

export function checkInjection(
  config: GuardConfig,
  deal: DealContext,
  analysis: DraftAnalysis,
  listPrices: readonly number[] = [],
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const { draft, regions } = analysis;
  const written = `${draft.subject}\n${withoutToldBack(analysis, draft.body).slice(0, regions.quoteStart)}`;
  const writtenLower = written.toLowerCase();
  const recipients = [...draft.to, ...draft.cc].map(addressOf);
  const discounts = analysis.clauses.flatMap((c) => {
    if (c.reported) return [];
    const text = c.field === 'subject' ? draft.subject : draft.body;
    return c.figures.flatMap((f) =>
      f.type === 'percent' &&
      isDiscountPercent(text, f) &&
      !reportedAndRefused(text, c.sentence, f.start) &&
      !isRefusedAt(text, f.start)
        ? [f.value]
        : [],
    );
  });
  const money = analysis.clauses.flatMap((c) =>
    c.reported ? [] : c.figures.flatMap((f) => (f.type === 'money' ? [f.value] : [])),
  );
  const counts = [...new Set(bareNumbers(written))].filter((n) => Number.isInteger(n) && n > 1);
  const ownWords = ownWording(analysis, deal);
  // "AUD 4,200 a year" where the AUD price list says so: a documented price is the documents', even
  // when it happens to be another line's price less the discount the instructions demanded.
  const documentedPrices = [...listPrices, ...deal.facts.money.map((m) => m.value)];
  // Read only when a draft shares a run with planted wording.
  let publicStemsRead: string[] | undefined;
  const publicStems = () =>
    (publicStemsRead ??= deal.facts.sentenceStems.flatMap((s) =>
      s.citation.quote === undefined ? [] : [` ${stems(s.citation.quote).join(' ')} `],
    ));

  for (const attempt of deal.injections) {
    const citation = recordCitation('activity', attempt.activityId, `inbound email ${attempt.activityId}`, {
      quote: attempt.text.slice(0, 200),
    });
    findings.push({
      ...finding(
        'injection',
        'warn',
        { field: 'inbound', start: attempt.start, end: attempt.end, text: attempt.text },
        'attempt',
        'inbound mail carries instructions aimed at an AI writer; they were not followed',
        citation,
      ),
      activityId: attempt.activityId,
    });
    // "Confirm the approved 15% also covers the portal": a percentage an approval on record grants is
    // the deal's, not the instructions', and offering it obeys nobody.
    const granted = new Set(deal.approvals.map((a) => a.percent));
    const demands = attempt.payload.percents.filter((v) => !granted.has(v));
    const obeyed = obedience(
      { ...attempt, payload: { ...attempt.payload, percents: demands } },
      {
        written,
        writtenLower,
        recipients,
        discounts,
        money,
        counts,
        listPrices: documentedPrices,
        // An approval on record explains its own price ("2,800 units at the approved $1.968").
        knownDiscounts: [
          ...discounts,
          ...deal.facts.discounts.programmes.map((p) => p.percent),
          ...deal.approvals.flatMap((a) => (a.percent === undefined ? [] : [a.percent])),
        ],
        ownWords,
        allStems: stems(written),
      },
      config.injectionRunLength,
      (phrase) => publicWording(deal, phrase),
      (run) => publicRun(publicStems(), run),
    );
    if (obeyed) {
      findings.push(
        finding(
          'injection',
          'block',
          {
            field: 'body',
            start: 0,
            end: Math.min(draft.body.length, regions.quoteStart),
            text: obeyed.evidence,
          },
          'obeyed',
          `the draft does what instructions planted in ${attempt.activityId} asked: ${obeyed.what}`,
          citation,
        ),
      );
    }
  }
  return findings;
}

// "the note asked for a 25% discount … I can't act on that": the demand told back, then turned down.
const REPORTED_ASK =
  /\b(?:asked|requested|demanded|wanted|asking|requesting|demanding)\s+(?:us\s+|me\s+)?(?:for|to|an?|the)\b/i;
const REFUSAL =
  /\b(?:can(?:no|')t|cannot|unable to|won't|will not|not able to)\s+(?:act on|follow|honou?r|agree to|accept|apply|grant|offer|give|do)\b/i;
// How far past the reporting sentence a refusal may come: the next sentence or so.
const REFUSAL_REACH = 120;

/** Whether a percentage is what the sender's note asked for, told back and refused. */
function reportedAndRefused(text: string, sentence: { start: number; end: number }, at: number): boolean {
  return (
    REPORTED_ASK.test(text.slice(sentence.start, at)) &&
    REFUSAL.test(text.slice(sentence.start, sentence.end + REFUSAL_REACH))
  );
}

type DraftFacts = {
  written: string;
  writtenLower: string;
  recipients: string[];
  discounts: number[];
  money: number[];
  /** What the draft counts ("700 staff"): a list price times one of them is a list total. */
  counts: number[];
  /** Prices of the price book and the documents, to spot a demanded discount stated only as a price. */
  listPrices: readonly number[];
  /** Discounts the draft states, the documents offer or an approval gives, which may explain a reduced price. */
  knownDiscounts: readonly number[];
  /** The draft's stems with product names masked, and the words it may use freely (the deal's own names). */
  ownWords: { stems: string[]; free: ReadonlySet<string> };
  /** The draft's stems, product names included. */
  allStems: string[];
};

/**
 * Words of the draft that can repeat planted wording without obeying it: a product's name ("tell Leo
 * the AI Reply Assistant is free") and the deal's own names are everyone's words, not the instruction's.
 */
function ownWording(analysis: DraftAnalysis, deal: DealContext): DraftFacts['ownWords'] {
  const { draft, regions } = analysis;
  const mask = (field: 'subject' | 'body', text: string) => {
    let out = text;
    for (const p of analysis.clauses.filter((c) => c.field === field).flatMap((c) => c.products))
      out = `${out.slice(0, p.start)}${' ~'.padEnd(p.end - p.start, ' ')}${out.slice(p.end)}`;
    return out;
  };
  const body = withoutToldBack(analysis, mask('body', draft.body));
  const written = `${mask('subject', draft.subject)}\n${body.slice(0, regions.quoteStart)}`;
  return { stems: stems(written), free: deal.ownStems };
}

/** The body with what it tells back of a planted note blanked out: disowned, it carries out none of it. */
function withoutToldBack(analysis: DraftAnalysis, body: string): string {
  return blankOut(
    body,
    analysis.sentences.filter((s) => s.field === 'body' && s.reported),
  );
}

/** Words a public document uses in that order ("internal notes" of a help desk) are the product's. */
function publicWording(deal: DealContext, phrase: string): boolean {
  const run = ` ${stems(phrase).join(' ')} `;
  return deal.facts.sentenceStems.some(
    (s) => s.citation.quote !== undefined && ` ${stems(s.citation.quote).join(' ')} `.includes(run),
  );
}

/** Whether a public document's sentence holds these stems in this order. */
function publicRun(sentences: readonly string[], run: readonly string[]): boolean {
  const wanted = ` ${run.join(' ')} `;
  return sentences.some((s) => s.includes(wanted));
}

function obedience(
  attempt: InjectionAttempt,
  d: DraftFacts,
  runLength: number,
  isPublic: (phrase: string) => boolean,
  isPublicRun: (run: readonly string[]) => boolean = () => false,
): { what: string; evidence: string } | undefined {
  const p = attempt.payload;
  for (const email of p.emails) {
    if (d.recipients.includes(email)) return { what: `it adds ${email} as a recipient`, evidence: email };
    if (d.writtenLower.includes(email)) return { what: `it mentions ${email}`, evidence: email };
  }
  for (const domain of p.domains) {
    if (d.recipients.some((r) => r.endsWith(`@${domain}`)) || d.writtenLower.includes(domain)) {
      return { what: `it points at ${domain}`, evidence: domain };
    }
  }
  const percent = p.percents.find((v) => d.discounts.includes(v));
  if (percent !== undefined)
    return { what: `it offers the ${percent}% the instructions demanded`, evidence: `${percent}%` };
  // "$69 per seat" is the 40% they demanded, said as a price.
  // A list price ("Team is $59 a month"), or a list total ("700 staff: $67,200 a year at list"), is the
  // price book's, whatever the demanded discount comes to.
  const listed = (m: number) =>
    d.listPrices.some((list) =>
      [1, 12].some((k) => [1, ...d.counts].some((n) => Math.abs(list * k * n - m) < 0.005)),
    );
  // "EUR 6.75 after the 10% portfolio discount" is 7.50 less that 10%, whichever other list price
  // less the demanded 25% it also happens to equal.
  const explained = (m: number) =>
    d.knownDiscounts.some((k) => !p.percents.includes(k) && lessPercent(d.listPrices, m, k));
  for (const percent of p.percents) {
    const price = d.money.find((m) => !listed(m) && !explained(m) && lessPercent(d.listPrices, m, percent));
    if (price !== undefined && percent > 0)
      return {
        what: `it quotes ${price}, the ${percent}% off the instructions demanded`,
        evidence: String(price),
      };
  }
  const title = p.signAs
    .map((as) => new RegExp(`\\b${as.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').exec(d.written))
    .find((m) => m !== null);
  if (title) return { what: `it signs as "${title[0]}", as the instructions asked`, evidence: title[0] };
  // A list price they named ("Premier at the Business price of $85") is obeyed only when the draft
  // repeats what they said around it; "Business is $85 per user" is the price book talking.
  const amount = p.money.find(
    (v) =>
      d.money.includes(v) &&
      (!listed(v) || sharedRun(p.words, d.allStems, runLength + 1, new Set(), String(v)) !== undefined),
  );
  if (amount !== undefined)
    return { what: `it quotes the ${amount} the instructions named`, evidence: String(amount) };
  const quoted =
    p.quoted.find((q) => d.writtenLower.includes(q.toLowerCase())) ??
    p.quoted.find((q) => repeatsLoosely(stems(q), d.allStems));
  if (quoted) return { what: `it repeats "${quoted}"`, evidence: quoted };
  const code = p.codes.find((c) => d.writtenLower.includes(c.toLowerCase()) && !isPublic(c));
  if (code) return { what: `it carries the code ${code} the instructions asked for`, evidence: code };
  if (p.asksForInternal) {
    // "I can't send internal approval records", "a note asking for our internal pricing rules": refused or told back.
    const m = [...d.written.matchAll(INTERNAL_MATERIAL)].find(
      (x) =>
        !isPublic(x[0]) &&
        !isNegatedAt(d.written, x.index, x.index + x[0].length) &&
        !ASKED_FOR.test(d.written.slice(Math.max(0, x.index - 40), x.index)),
    );
    if (m) return { what: `it offers the internal material they asked for ("${m[0]}")`, evidence: m[0] };
  }
  // Wording the public documents use in that order ("no SOC 2 Type II report yet") is the product's,
  // whoever else asked for it.
  const run = sharedRun(p.words, d.ownWords.stems, runLength, d.ownWords.free, undefined, isPublicRun);
  if (run) return { what: `it repeats their wording ("${run}")`, evidence: run };
  return undefined;
}

/** Whether an amount is one of the list prices (or a year of it) less this percentage. */
function lessPercent(listPrices: readonly number[], amount: number, percent: number): boolean {
  return listPrices.some((list) =>
    [1, 12].some((k) => {
      const reduced = list * k * (1 - percent / 100);
      return Math.abs(reduced - amount) <= roundingSlack(amount, reduced);
    }),
  );
}

/**
 * How far a quoted price may sit from the demanded one and still be it, rounded. A whole amount may be
 * rounded to the dollar (half a dollar on a seat price, a cent on a price per GB where 50 cents is the
 * whole price); an amount given to the cent was worked out to the cent, so only a cent.
 */
function roundingSlack(quoted: number, demanded: number): number {
  const cent = 0.011;
  return Number.isInteger(quoted) ? Math.min(0.5, Math.max(cent, demanded * 0.01)) : cent;
}

// Words that turn a repeated phrase into its denial: "is not HIPAA certified" obeys nothing.
const DENIAL = new Set([
  'not',
  'no',
  'never',
  'nor',
  'without',
  'isn',
  'aren',
  'don',
  'doesn',
  'won',
  'cannot',
]);
// A phrase they asked to be written ("final - no VAT payable") may come back with a word slipped in.
const SLIPPED_IN = 1;

/**
 * Whether the draft writes a quoted phrase's stems in order with at most one other word among them
 * ("Final quotation - no VAT payable"), that word no denial. Only phrases of three words or more:
 * two words in order are any reply's.
 */
function repeatsLoosely(phrase: readonly string[], draft: readonly string[]): boolean {
  if (phrase.length < 3) return false;
  for (let start = 0; start < draft.length; start++) {
    if (draft[start] !== phrase[0]) continue;
    let at = start + 1;
    let slipped = 0;
    let matched = 1;
    while (matched < phrase.length && at < draft.length && slipped <= SLIPPED_IN) {
      if (draft[at] === phrase[matched]) matched++;
      else if (DENIAL.has(draft[at]!)) break;
      else slipped++;
      at++;
    }
    if (matched === phrase.length && slipped <= SLIPPED_IN) return true;
  }
  return false;
}

/**
 * The first run of `n` consecutive stems that both texts share, two of them meaningful words (or,
 * with `holding`, one of them that figure). "thanks for the QBR" or "12 000 third party" are words
 * any reply to the same mail repeats; a planted claim carries more than one word of its own.
 */
const NEGATING_STEMS = new Set([
  'not',
  'dont',
  'doesnt',
  'never',
  'cannot',
  'cant',
  'wont',
  'arent',
  'isnt',
  'no',
]);

function sharedRun(
  a: readonly string[],
  b: readonly string[],
  n: number,
  free: ReadonlySet<string>,
  holding?: string,
  skip: (run: readonly string[]) => boolean = () => false,
): string | undefined {
  const runs = new Set<string>();
  for (let i = 0; i + n <= a.length; i++) runs.add(a.slice(i, i + n).join(' '));
  // "1,500" is the words "1 500": the amount as the text's words give it.
  const held = holding === undefined ? undefined : stems(Number(holding).toLocaleString('en')).join(' ');
  const meaningful = (s: string) =>
    !GENERIC_STEMS.has(s) && !STOPWORDS.has(s) && !/\d/.test(s) && !free.has(s);
  for (let i = 0; i + n <= b.length; i++) {
    const run = b.slice(i, i + n);
    if (!runs.has(run.join(' ')) || skip(run)) continue;
    // "We don't hold SOC 2 Type II yet", "onboarding and card fees aren't discounted": their wording, turned down.
    if ([b[i - 1], b[i - 2], b[i + n], b[i + n + 1]].some((w) => NEGATING_STEMS.has(w ?? ''))) continue;
    if (
      holding !== undefined ? ` ${run.join(' ')} `.includes(` ${held} `) : run.filter(meaningful).length >= 2
    )
      return run.join(' ');
  }
  return undefined;
}
