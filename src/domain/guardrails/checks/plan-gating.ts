/** Plan gating from the documents' own wording: a feature a draft gives to a plan the documents do not. */
import { tokenize } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import type { PlanGate } from '../index/plan-gates.ts';
import { type ProductMention, productCovers } from '../index/product-catalog.ts';
import { finding } from '../support/findings.ts';
import { describesDemo, isCustomerOwned, isNegatedAt } from '../text/claim-context.ts';
import { everyPlanSpans } from '../text/every-plan.ts';
import { spellingStem } from '../text/spelling.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { plansAbove, plansLike, setSideBySide, subjectPlans } from './plan-subjects.ts';

/** Where a draft names a feature: the clause offsets of the words that name it. */
type Mention = { start: number; end: number; stems: readonly string[]; gates: PlanGate[] };

// Saying a plan needs an upgrade for a feature ties it to another plan, which is true by definition
// of the gate: "you're on Starter, so the assistant needs an upgrade".
const NEEDS_ANOTHER_PLAN =
  /\b(?:upgrad\w*|(?:mov(?:e|es|ing)|step(?:ping)?|switch(?:es|ing)?|go(?:es|ing)?) (?:up )?to|step(?:ping)? up|needs?|requires?|required|reserved for|exclusive to|instead of|unlike|rather than|only (?:on|with|in) (?:the )?(?:higher|top))\b/i;
// Moving is a change of plan only towards one: "move to Premier", not "move to a dedicated deployment".
const MOVING = /^(?:mov|step|switch|go)\w* (?:up )?to$/i;
const NEEDED_PLAN =
  /^\s*(?:(?:a|an|the|to|be|on)\s+){0,3}(?:upgrad\w*|higher|bigger|top|next|paid|premium|different|another|other|plan|tier|edition|package)\b/i;
const PLAN_WORD =
  /^\s*(?:the\s+|a\s+)?(?:higher|bigger|top|next|paid|premium\s+)?(?:plan|tier|edition|package)\b/i;

/**
 * "…needs an upgrade", but not "no need to upgrade for that", which says the plan has it. A sentence
 * that only moves to a named plan ("moving to Team gets you X") says that plan has X: `targets`
 * holds those plans, and `other` whether any wording ties the feature to a plan not named.
 */
function needsAnotherPlan(index: GuardIndex, sentence: string): { other: boolean; targets: Set<string> } {
  const targets = new Set<string>();
  let other = false;
  for (const m of sentence.matchAll(new RegExp(NEEDS_ANOTHER_PLAN, 'gi'))) {
    if (isNegatedAt(sentence, m.index, m.index + m[0].length)) continue;
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const named = index.catalog.mentions(after).filter((p) => p.start <= 6);
    const movesTo = MOVING.test(m[0]) || (/^upgrad/i.test(m[0]) && /^\s+to\s/i.test(after));
    if (movesTo && named.length > 0) {
      for (const p of named) targets.add(p.sku);
      continue;
    }
    // "which vans need a service" needs no plan: a need ties the feature to one only when it names one.
    if (/^need|^require/i.test(m[0]) && !NEEDED_PLAN.test(after) && named.length === 0) continue;
    if (!MOVING.test(m[0]) || PLAN_WORD.test(after) || named.length > 0) other = true;
  }
  return { other, targets };
}

// "US on every plan, plus Canada on Enterprise": a turn of the sentence that starts another scope.
const SCOPE_BREAK = /[;(]|\b(?:plus|but|while|whereas|except|however|only|also|then)\b/i;

/**
 * Whether "every plan" is said of this feature: only when no plan is named and the sentence does not turn
 * between the two ("email on every plan, plus live chat on Team" gives live chat to Team alone).
 */
function everyPlanCovers(
  clause: DraftClause,
  plans: readonly { start: number; end: number }[],
  mention: Mention,
) {
  for (const m of everyPlanSpans(clause.text)) {
    const [from, to] = m.start < mention.start ? [m.end, mention.start] : [mention.end, m.start];
    const between = clause.text.slice(from, to);
    const planBetween = plans.some((p) => p.start - clause.start >= from && p.end - clause.start <= to);
    if (!planBetween && !SCOPE_BREAK.test(between)) return true;
  }
  return false;
}

const TO_COME = /^\s*(?:is\s+|are\s+)?(?:expected|due|coming|planned|scheduled|on (?:our|the) roadmap)\b/i;

/** A clause word; `compound` when hyphens join it to its neighbours ("built-in", "sign-on"). */
/** `broken`: a comma, colon or bracket stands between the word and the one before it. */
type Word = { stem: string; start: number; end: number; compound: boolean; broken: boolean };

const stemmedWords = (text: string): Word[] =>
  tokenize(text).map((t, i, all) => ({
    start: t.start,
    end: t.end,
    stem: spellingStem(t.word),
    compound: text[t.start - 1] === '-' || text[t.end] === '-',
    broken: i > 0 && /[,;:()]/.test(text.slice(all[i - 1]!.end, t.start)),
  }));

// Verbs of holding: "the sandbox includes / holds / is a copy of your ticket data".
const HOLDING =
  /\b(?:includes?|including|contains?|holds?|has|have|carr(?:y|ies)|keeps?|copies|cop(?:y|ies) of|mirrors?|clones?|brings?|comes? with|with)\b/i;

/** "The sandbox includes a full copy of your ticket data": the feature named first, then said to hold it. */
function holdsIt(words: readonly Word[], text: string, within: readonly string[], left: Mention): boolean {
  const at = findStems(words, within);
  return at !== undefined && at[1] <= left.start && HOLDING.test(text.slice(at[1], left.start));
}

// A preposition between two words puts them in different phrases: "free on every plan" is no "free plan".
const PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'for',
  'to',
  'from',
  'by',
  'with',
  'per',
  'across',
  'under',
  'over',
]);

/** The shortest run of clause words holding every stem of the feature, a word or two apart at most. */
function findStems(words: readonly Word[], stems: readonly string[]): [number, number] | undefined {
  const reach = stems.length + 2;
  for (let i = 0; i < words.length; i++) {
    if (!stems.includes(words[i]!.stem)) continue;
    const window = words.slice(i, i + reach);
    const found = stems.map((s) => window.findIndex((w) => w.stem === s));
    if (found.some((f) => f < 0)) continue;
    const last = Math.max(...found);
    const between = window.slice(0, last + 1).filter((w) => !stems.includes(w.stem));
    if (between.some((w) => PREPOSITIONS.has(w.stem) && !w.compound)) continue;
    // "within 3 days of signing, and a single venue…": a name is not said across a comma.
    if (window.slice(1, last + 1).some((w) => w.broken)) continue;
    return [words[i]!.start, window[last]!.end];
  }
  return undefined;
}

// How many words a long feature name may be spread over: "a live ETA link … through the customer portal".
const SPREAD = 12;

/**
 * A name of three words or more said in the clause's own order of words, a few apart ("customer
 * ETA portal" as "ETA link … the customer portal"): so long a name is not met by chance.
 */
function spreadStems(words: readonly Word[], stems: readonly string[]): [number, number] | undefined {
  if (stems.length < 3) return undefined;
  // The last time each word is said: "your farm customers … the customer portal" names it at the end.
  const at = stems.map((s) => words.findLastIndex((w) => w.stem === s));
  if (at.some((i) => i < 0)) return undefined;
  const [first, last] = [Math.min(...at), Math.max(...at)];
  return last - first <= SPREAD ? [words[first]!.start, words[last]!.end] : undefined;
}

// "I'll phone you", "we can email the form": a subject or a modal before the word makes it a verb.
const BEFORE_VERB =
  /\b(?:I|we|you|they|I'll|we'll|you'll|they'll|will|can|could|would|shall|should|let me|let's)\s+(?:\w+ly\s+)?$/i;

/** A one-word feature name ("phone") used as the verb of a sentence names no feature. */
function usedAsVerb(text: string, mention: Mention): boolean {
  return mention.stems.length === 1 && BEFORE_VERB.test(text.slice(0, mention.start));
}

/** The features the clause names, the most specific name winning where two overlap. */
function mentions(gates: readonly PlanGate[], words: readonly Word[]): Mention[] {
  const byName = new Map<string, PlanGate[]>();
  for (const gate of gates) {
    if (gate.everyday) continue;
    const key = gate.stems.join(' ');
    byName.set(key, [...(byName.get(key) ?? []), gate]);
  }
  const found: Mention[] = [];
  const named = [...byName.values()].sort((a, b) => b[0]!.stems.length - a[0]!.stems.length);
  for (const same of named) {
    const at = findStems(words, same[0]!.stems) ?? spreadStems(words, same[0]!.stems);
    if (!at) continue;
    if (found.some((m) => at[0] >= m.start && at[1] <= m.end)) continue;
    found.push({ start: at[0], end: at[1], stems: same[0]!.stems, gates: same });
  }
  return found;
}

/** Whether the documents give a feature to a plan: named with it, including it, or above a plan it was added on. */
function granted(index: GuardIndex, deal: DealContext, gates: readonly PlanGate[], sku: string): boolean {
  const { facts } = deal;
  const given = new Set(gates.flatMap((g) => [...g.skus]));
  if (productCovers(facts.includes, sku, given)) return true;
  const plan = index.catalog.bySku.get(sku);
  if (!plan) return true;
  // "Team adds: live chat": every plan priced above Team has live chat too.
  return gates.some(
    (g) =>
      g.ladder &&
      [...g.skus].some((s) => {
        const base = index.catalog.bySku.get(s);
        return base !== undefined && base.period === plan.period && base.listPrice < plan.listPrice;
      }),
  );
}

/**
 * "Pro includes email support" where the documents' rows read "Core: email support" and "Pro: phone
 * and email": a name made of everyday words is the plan's when its row names one of those words.
 */
function rowNamesIt(deal: DealContext, mention: Mention, sku: string): boolean {
  const { facts } = deal;
  if (!mention.stems.every((s) => GENERIC_STEMS.has(s))) return false;
  return facts.planGates.some(
    (g) => g.everyday && mention.stems.includes(g.stems[0]!) && productCovers(facts.includes, sku, g.skus),
  );
}

function planNames(index: GuardIndex, skus: Iterable<string>): string {
  return [...new Set(skus)].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ');
}

// "Keystone is worth a look: $896 a month. You'd still get the owner portal": what the plan before gives.
const CARRIED_OPENER =
  /^\s*(?:(?:and|so)\s+)?(?:you(?:['’]d|['’]ll| would| will)?\s+(?:still\s+|also\s+)?(?:get|have|keep)|(?:it|that|this)(?:['’]s| is)?\s+(?:also\s+)?(?:includes?|comes with|has|gives you))\b/i;

/**
 * The plan a sentence that names none speaks of when it opens on what the reader gets: the one plan
 * the sentence before named.
 */
function carriedPlan(
  analysis: DraftAnalysis,
  clause: DraftClause,
  plans: readonly ProductMention[],
  addOns: ReadonlySet<string>,
): { named: ProductMention; skus: string[] } | undefined {
  if (plans.length > 0 || clause.start !== clause.sentence.start || !CARRIED_OPENER.test(clause.text))
    return undefined;
  const before = analysis.sentences
    .filter((s) => s.field === clause.field && s.end <= clause.sentence.start)
    .at(-1);
  if (!before) return undefined;
  const named = analysis.clauses
    .filter((c) => c.field === clause.field && c.sentence.start === before.start)
    .flatMap((c) => c.products)
    .filter((p) => !addOns.has(p.sku));
  const skus = [...new Set(named.map((p) => p.sku))];
  return skus.length === 1 ? { named: named[0]!, skus } : undefined;
}

/**
 * "Team comes with a sandbox", "SSO is available on every plan", "Team includes a built-in phone
 * channel": a feature given to a plan (or to all) that the documents give only to others, or to none.
 */
export function planGateProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding | undefined {
  const { facts } = deal;
  if (facts.planGates.length === 0) return undefined;
  // Upgrade talk after the claim ("Professional includes X, so … once you upgrade") is about reaching
  // the plan claimed, not a gate on another one.
  const upToClause = clause.sentence.text.slice(0, clause.end - clause.sentence.start);
  const moves = needsAnotherPlan(index, upToClause);
  const elsewhere = moves.other;
  const plans = clause.products.filter((p) => !facts.addOns.has(p.sku));
  const at = { field: clause.field, start: clause.start, end: clause.end, text: clause.text };
  const words = stemmedWords(clause.text);
  for (const mention of mentions(facts.planGates, words)) {
    if (isNegatedAt(clause.text, mention.start, mention.end)) continue;
    if (describesDemo(clause.text, mention.end) || usedAsVerb(clause.text, mention)) continue;
    // Checked before ownership: "your ticket data" is theirs, and still not in the sandbox.
    const leftOut = mention.gates.find((g) => g.within && holdsIt(words, clause.text, g.within, mention));
    if (leftOut) {
      const [from, to] = findStems(words, leftOut.within!)!;
      return finding(
        'claim',
        'block',
        at,
        'product_feature',
        `the documents say the ${clause.text.slice(from, to)} comes without ${leftOut.phrase}`,
        leftOut.citation,
      );
    }
    if (isCustomerOwned(clause.text, mention.start)) continue;
    if (mention.gates.some((g) => g.everyPlan)) continue;
    const phrase = clause.text.slice(mention.start, mention.end);
    const grants = mention.gates.filter((g) => !g.absent);
    const absent = mention.gates.find((g) => g.absent && !g.within);
    // "with Type II expected in June 2027": what is still to come is not claimed as had.
    if (grants.length === 0 && absent && !TO_COME.test(clause.text.slice(mention.end, mention.end + 30))) {
      return finding(
        'claim',
        'block',
        at,
        'product_feature',
        `the documents say there is no ${absent.phrase}`,
        absent.citation,
      );
    }
    if (grants.length === 0 || elsewhere) continue;
    const given = grants.flatMap((g) => [...g.skus]);
    if (everyPlanCovers(clause, plans, mention)) {
      const missing = plansLike(index, deal, given).filter((p) => !granted(index, deal, grants, p.sku));
      if (missing.length === 0) continue;
      return finding(
        'claim',
        'block',
        at,
        'product_feature',
        `the documents give "${phrase}" to ${planNames(index, given)}, not to every plan`,
        grants[0]!.citation,
      );
    }
    const subject =
      subjectPlans(
        analysis,
        {
          ...clause,
          products: plans.filter(
            (p) => p.end <= clause.start + mention.start || p.start >= clause.start + mention.end,
          ),
        },
        mention,
        (floor) => plansAbove(index, deal, given, floor),
      ) ?? carriedPlan(analysis, clause, plans, facts.addOns);
    const lacking = subject?.skus.find(
      (sku) => !granted(index, deal, grants, sku) && !rowNamesIt(deal, mention, sku),
    );
    if (!subject || !lacking) continue;
    // "Committed users" is a row of the onboarding packages' table: what products billed another way
    // (one-off services) have says nothing of what a monthly plan has.
    const period = (sku: string) => index.catalog.bySku.get(sku)?.period;
    if (given.every((s) => period(s) !== period(lacking))) continue;
    // "Studio versus Atelier, since that's where SSO sits": the pair has it between them.
    const lackingAt = clause.products.find((p) => p.sku === lacking);
    if (
      lackingAt &&
      clause.products.some(
        (p) =>
          p.sku !== lacking &&
          granted(index, deal, grants, p.sku) &&
          setSideBySide(
            clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body,
            p,
            lackingAt,
          ),
      )
    )
      continue;
    // "Moving to Team gets you X": only the plan moved to is said to have it.
    if (moves.targets.size > 0 && !moves.targets.has(lacking)) continue;
    const named = subject.named;
    if (
      named.start >= clause.start &&
      isNegatedAt(clause.text, named.start - clause.start, named.end - clause.start)
    )
      continue;
    return finding(
      'claim',
      'block',
      at,
      'product_feature',
      `the documents give "${phrase}" to ${planNames(index, given)}, not to ${planNames(index, [lacking])}`,
      grants[0]!.citation,
    );
  }
  return undefined;
}
