/** Risk in the customer's words: a no, an open-ended pause, a competitor, a price objection, a doubt. */
import { findDateMentions } from '../dates/date-mentions.ts';
import {
  isCustomerWriting,
  isOurEmailToCustomer,
  isOurReport,
  type ReadActivity,
} from '../mail/read-activity.ts';
import type { Sentence } from '../mail/sentences.ts';
import { activityRef, type DealEvidence, sentenceSpan } from './deal-evidence.ts';
import { ACKNOWLEDGES } from './lexicon/reply-phrases.ts';
import { REQUEST } from './lexicon/request-phrases.ts';
import {
  CHEAPER_OPTION_ASKED,
  CHOSE_NAMED,
  CHOSE_SOMEONE,
  COMPETITOR_GENERIC,
  DISMISSED_AFTER,
  DOUBT,
  LOSS,
  NEGATED_BEFORE,
  NOT_A_VENDOR,
  PAUSE,
  PRICING,
} from './lexicon/risk-phrases.ts';
import { isConversation, readingOf } from './reply-reading.ts';
import { hasCue } from './sentence-cues.ts';
import type { RiskSignal } from './signal-schema.ts';
import { overlap, termsOf } from './topic-terms.ts';

type RiskType = RiskSignal['type'];

/** True when a no/not/if sits just before the phrase in the same clause ("we're not looking at other vendors"). */
function negated(lower: string, index: number): boolean {
  const before = lower.slice(0, index);
  const clause = before.slice(
    Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1,
  );
  return NEGATED_BEFORE.test(clause);
}

/** A phrase that is negated before it or played down after it ("competitor risk is low") raises nothing. */
function discounted(lower: string, m: RegExpExecArray): boolean {
  return negated(lower, m.index) || DISMISSED_AFTER.test(lower.slice(m.index + m[0].length));
}

const matchers = new Map<string, RegExp | null>();
const byList = new WeakMap<readonly string[], RegExp | null>();

/** One regex for all the names, built once per list; names match as written ("Mode" the product, not "mode"). */
function competitorMatcher(names: readonly string[]): RegExp | null {
  const known = byList.get(names);
  if (known !== undefined) return known;
  const key = names.join('\u0000');
  let re = matchers.get(key);
  if (re === undefined) {
    const forms = names.flatMap((n) => (n.length > 3 ? [n, n.toUpperCase()] : [n]));
    const escaped = forms.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = escaped.length ? new RegExp(`(?<![\\w-])(?:${escaped.join('|')})(?![\\w-])`) : null;
    if (matchers.size > 100) matchers.clear();
    matchers.set(key, re);
  }
  byList.set(names, re);
  return re;
}

function competitorIn(s: Sentence, names: readonly string[]): { name: string; index: number } | undefined {
  const m = competitorMatcher(names)?.exec(s.text);
  if (!m) return undefined;
  const name = names.find((n) => n === m[0] || n.toUpperCase() === m[0]) ?? m[0];
  return { name, index: m.index };
}

// "We went with Tableau": choosing a named product we have no battlecard for is still a loss.
function choseSomeoneElse(e: DealEvidence, s: Sentence): string | undefined {
  const m = CHOSE_SOMEONE.exec(s.text);
  const name = m?.[1];
  if (!name || NOT_A_VENDOR.test(name)) return undefined;
  const seller = e.sellerName.toLowerCase();
  const lower = name.toLowerCase();
  if (seller.includes(lower.split(' ')[0]!) || lower.includes(seller.split(' ')[0]!)) return undefined;
  if (e.account.name.toLowerCase().includes(lower.split(' ')[0]!)) return undefined;
  return name;
}

function risksIn(e: DealEvidence, s: Sentence): Array<{ type: RiskType; competitor?: string }> {
  const lower = s.lower;
  const found: Array<{ type: RiskType; competitor?: string }> = [];
  const named = competitorIn(s, e.competitors);
  if (named && CHOSE_NAMED.test(lower.slice(0, named.index)))
    return [{ type: 'loss', competitor: named.name }];
  if (!hasCue(s, 'risk'))
    return named && !negated(lower, named.index) ? [{ type: 'competitor', competitor: named.name }] : [];
  if (LOSS.test(lower)) return [{ type: 'loss', ...(named ? { competitor: named.name } : {}) }];
  const other = choseSomeoneElse(e, s);
  if (other && !negated(lower, lower.indexOf(other.toLowerCase())))
    return [{ type: 'loss', competitor: other }];
  const pause = PAUSE.exec(lower);
  if (pause && !negated(lower, pause.index)) {
    // A pause with a date is a request to wait, read by the deferral extractor.
    if (findDateMentions(lower, { day: 0, minute: 0 }).length === 0) return [{ type: 'pause' }];
  }
  if (named && !negated(lower, named.index)) found.push({ type: 'competitor', competitor: named.name });
  else {
    const generic = COMPETITOR_GENERIC.exec(lower);
    if (generic && !discounted(lower, generic)) found.push({ type: 'competitor' });
  }
  const pricing = PRICING.exec(lower);
  if (
    pricing &&
    !discounted(lower, pricing) &&
    !(pricing[0] === 'cheaper' && CHEAPER_OPTION_ASKED.test(lower))
  )
    found.push({ type: 'pricing' });
  const doubt = DOUBT.exec(lower);
  if (doubt && !discounted(lower, doubt)) found.push({ type: 'doubt' });
  return found;
}

const TOPIC_WORDS: Record<RiskType, RegExp> = {
  loss: /$^/,
  pause: /$^/,
  competitor: /\b(?:compar|versus|vs\.?|differen|unlike|advantage|why us|head-to-head|side-by-side|battle)/,
  pricing:
    /\b(?:price|pricing|discount|cost|budget|roi|value|offer|quote|payback|savings|terms|multi-year|three-year|two-year)\b/,
  doubt: /\b(?:concern|worr|understand|address|clarify|reassur|happy to walk|fair point|good point|valid)/,
};

/** A customer message that takes a no back: they write again with something to do. */
function reopens(r: ReadActivity): boolean {
  if (r.sentences.some((s) => LOSS.test(s.lower) || PAUSE.test(s.lower))) return false;
  return r.sentences.some(
    (s) =>
      s.question ||
      REQUEST.test(s.lower) ||
      /\b(?:move forward|moving forward|proceed|reconsider|revisit|still interested|change of plans|back on|good news|reopen|re-open|ready to|let's do it)\b/.test(
        s.lower,
      ),
  );
}

function stateOf(e: DealEvidence, risk: RiskSignal, from: ReadActivity, terms: Set<string>): RiskSignal {
  for (const later of e.timeline) {
    if (later.at <= from.at) continue;
    if (risk.type === 'loss' || risk.type === 'pause') {
      if (isCustomerWriting(later) && reopens(later))
        return { ...risk, state: 'withdrawn', addressedBy: later.activity.id };
      continue;
    }
    if (isConversation(later, e.gate)) return { ...risk, state: 'addressed', addressedBy: later.activity.id };
    if (!isOurEmailToCustomer(later)) continue;
    const reading = readingOf(later);
    const o = overlap(terms, reading.terms);
    const named = risk.competitor !== undefined && reading.fresh.includes(risk.competitor.toLowerCase());
    const sameThread =
      from.activity.threadId !== undefined && from.activity.threadId === later.activity.threadId;
    if (
      named ||
      o.specific >= 2 ||
      (o.specific >= 1 && !reading.nudges) ||
      TOPIC_WORDS[risk.type].test(reading.fresh) ||
      ((sameThread || later.recipients.includes(from.from ?? '')) && ACKNOWLEDGES.test(reading.fresh))
    ) {
      return { ...risk, state: 'addressed', addressedBy: later.activity.id };
    }
  }
  return risk;
}

/** `claimed` holds sentences read as requests to wait: a pause in a message that also names a date is a deferral. */
export function extractRisks(e: DealEvidence, claimed: ReadonlySet<Sentence>): RiskSignal[] {
  const out: RiskSignal[] = [];
  for (const r of e.timeline) {
    if (r.automated || r.sentences.length === 0) continue;
    if (!isCustomerWriting(r) && !(isOurReport(r) && r.party === 'us')) continue;
    const deferred = r.sentences.some((s) => claimed.has(s));
    const seen = new Set<RiskType>(deferred ? ['pause'] : []);
    for (const s of r.sentences) {
      if (e.ignored.has(s)) continue;
      for (const risk of risksIn(e, s)) {
        if (seen.has(risk.type)) continue;
        seen.add(risk.type);
        const signal: RiskSignal = {
          kind: 'risk',
          type: risk.type,
          ...(risk.competitor ? { competitor: risk.competitor } : {}),
          text: s.text,
          at: r.activity.occurredAt,
          state: 'open',
          refs: [activityRef(r)],
          span: sentenceSpan(r, s),
        };
        out.push(stateOf(e, signal, r, termsOf(s.lower)));
      }
    }
  }
  return out;
}
