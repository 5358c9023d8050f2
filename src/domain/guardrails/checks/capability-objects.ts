/** What a capability verb or connector says we have: words of its object that the documents never use. */
import { STOPWORDS, tokenize } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { finding } from '../support/findings.ts';
import { isCustomerOwned, isNegatedAt, namesDemoSetup } from '../text/claim-context.ts';
import { spellingStem } from '../text/spelling.ts';
import { zoneMentions } from '../text/time-zones.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchPlaces } from '../vocabulary/places.ts';
import { CUT, ourSubject, PASSIVE, PREDICATE, PROCESS_VERB } from './capability-frames.ts';

function aboutTheProduct(deal: DealContext, phrase: string): boolean {
  return tokenize(phrase).some(
    (t) =>
      t.word.length > 3 &&
      deal.facts.vocabulary.has(t.stem) &&
      !STOPWORDS.has(t.stem) &&
      !deal.ownStems.has(t.stem),
  );
}

// "Quillmark has a native DocuSign integration": having a connector is a claim of what it connects to.
const HAS_CONNECTOR =
  /\b(?:has|have|offers?|comes? with)\s+(?:a|an)\s+((?:[\w-]+\s+){1,3})(?:integration|connector|plug-?in|add-?in)s?\b/gi;

/** What the connectors a clause says we or our product have connect to ("a two-way X integration"). */
function connectorSpans(index: GuardIndex, text: string): [number, number][] {
  return [...text.matchAll(HAS_CONNECTOR)]
    .filter((m) => ourSubject(index, text.slice(0, m.index)))
    .map((m) => {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      return [start, start + m[1]!.length];
    });
}

// ", a relief for your bookkeeper", ", plenty for now", ", no custom work needed", ", as discussed": a
// remark after a comma on what the object means to the customer, not one more thing the product has.
const ASIDE =
  /,\s*(?=[^,]*\b(?:you|your|yours|needed|required|necessary|enough|plenty|fine|ideal|perfect|exactly)\b|as (?:discussed|agreed|promised|planned|mentioned|requested|quoted|before)\b)/i;

/** How far the object of a capability verb reaches in the rest of its clause. */
function objectLength(rest: string): number {
  const ends = [CUT.exec(rest)?.index, ASIDE.exec(rest)?.index].filter((i) => i !== undefined);
  return Math.min(rest.length, ...ends);
}

/** After "we support…", "Enterprise includes…", "X is included": words the documents never use. */
export function objectProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding | undefined {
  const spans: [number, number][] = [];
  // "connects to your ERP" claims an integration even though the ERP is theirs.
  let connecting = false;
  for (const m of clause.text.matchAll(PREDICATE)) {
    // "Foundation doesn't include SSO and …" denies; what follows is no claim.
    if (isNegatedAt(clause.text, m.index, m.index + m[0].length)) continue;
    // "you get…" is said of the product; "happy to give you two weeks" is the writer's gesture.
    const self = /^you/i.test(m[0]);
    if (!self && !ourSubject(index, clause.text.slice(0, m.index))) continue;
    const start = m.index + m[0].length;
    spans.push([start, start + objectLength(clause.text.slice(start))]);
    connecting ||= /integrat|connect|sync|plug|works? with|compatible/i.test(m[0]);
  }
  for (const span of connectorSpans(index, clause.text)) {
    spans.push(span);
    connecting = true;
  }
  for (const m of clause.text.matchAll(PASSIVE)) {
    // The thing said to be done ("dashboards can be embedded"), and the verb itself unless it is ordinary.
    const before = clause.text.slice(0, m.index);
    // "(2 are included)": a bracket opens a subject of its own.
    const subject =
      Math.max(before.lastIndexOf(','), before.lastIndexOf(' and '), before.lastIndexOf('(')) + 1;
    const verb = m[0].split(/\s+/).pop()!;
    const fixed = /^(?:included|supported|available|built|standard|in)$/i.test(verb.replace(/-.*/, ''));
    // Any verb: only when the subject is a thing of the product ("dashboards can be embedded").
    if (!fixed && !aboutTheProduct(deal, before.slice(subject))) continue;
    spans.push([subject, PROCESS_VERB.test(verb) ? m.index : m.index + m[0].length]);
  }
  if (spans.length === 0) return undefined;
  const covered = [
    ...clause.terms.map((t) => [t.start - clause.start, t.end - clause.start] as const),
    ...clause.products.map((p) => [p.start - clause.start, p.end - clause.start] as const),
    ...matchPlaces(clause.text).map((p) => [p.start, p.end] as const),
    ...zoneMentions(clause.text).map((z) => [z.start, z.end] as const),
  ];
  // "You'll get a Slack notification": what an integration the clause names does with a message is no feature of its own.
  const integrated = clause.terms.some((t) => t.term.category === 'integration');
  const unknown = new Set<string>();
  for (const [from, to] of spans) {
    const phrase = clause.text.slice(from, to);
    if (namesDemoSetup(phrase)) continue;
    for (const token of tokenize(phrase)) {
      const at = from + token.start;
      // "and isn't covered by the non-profit rate": a denial names nothing the product has.
      if (token.word.length <= 2 || /\d/.test(token.word) || /n['’]t$/i.test(token.word)) continue;
      // "400 rpm", "50 qps": a unit written short after its number measures; it is no feature.
      if (token.word.length <= 4 && /\d\s*$/.test(clause.text.slice(0, at))) continue;
      if (integrated && /^notif/i.test(token.word)) continue;
      if (covered.some(([s, e]) => at >= s && at < e)) continue;
      if (
        GENERIC_STEMS.has(token.stem) ||
        deal.facts.vocabulary.has(token.stem) ||
        deal.facts.vocabulary.has(spellingStem(token.word)) ||
        deal.ownStems.has(token.stem)
      )
        continue;
      if (!connecting && isCustomerOwned(clause.text, at)) continue;
      unknown.add(token.word);
    }
  }
  if (unknown.size === 0) return undefined;
  const words = [...unknown].map((w) => `"${w}"`).join(', ');
  return finding(
    'claim',
    'block',
    { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
    'capability',
    `claims ${words}, which the current product documents never mention`,
  );
}
