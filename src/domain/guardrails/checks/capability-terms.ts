/** A lexicon term a clause claims: documented at all, in the edition, place and plans the draft gives it. */
import { STOPWORDS, stems, tokenize } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import { IDENTITY_PROTOCOLS, identityGroups, isIdentityProvider, QUALIFIER } from '../index/clause-terms.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { type FigureContext, topicStems } from '../index/knowledge-facts.ts';
import { isBaseMention, type ProductMention, productCovers } from '../index/product-catalog.ts';
import { finding } from '../support/findings.ts';
import { programmesNamed } from '../support/programmes.ts';
import {
  describesDemo,
  isBareLabel,
  isCustomerOwned,
  isNegatedAt,
  isNotYetAvailable,
  isQuoted,
  isRequested,
  isTopicLabel,
  isTopicNoun,
} from '../text/claim-context.ts';
import { everyPlanSpans } from '../text/every-plan.ts';
import { INTEGRATION_CUE } from '../vocabulary/capability-lexicon.ts';
import { matchTerms, type TermMatch } from '../vocabulary/lexicon-matcher.ts';
import { predicateBefore } from './capability-frames.ts';
import { certificateNotHeld } from './denied-claims.ts';
import { cloudOutsideKeys, placeOutsideFeature } from './hosting-claims.ts';
import { includedFor, plansSpokenOf } from './included-charges.ts';
import { plansLike, setSideBySide, statedPlan } from './plan-subjects.ts';

// Commercial terms that are about what a customer pays: a wrong one is a price problem.
const PRICE_TERMS = new Set(['setup-fee', 'payment-terms', 'programme-pricing']);

const THEIR_PEOPLE_IN =
  /\b(?:your|their)\s+(?:[\w-]+\s+){0,3}(?:write|speak|work|type|talk|reply|answer)s?\s+in\s+$/i;
const DONE_ON_THEIR_SIDE =
  /^[^.;]{0,60}?\b(?:still\s+)?(?:happens?|(?:is|are) (?:done|handled|made|issued|processed)|stays?|remains?|takes? place)\s+(?:in|on|from|through|via|inside)\s+(?:your|their)\b/i;

export function termProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
  term: TermMatch,
): GuardFinding | undefined {
  const { facts } = deal;
  const rel = term.start - clause.start;
  if (term.term.category === 'integration' && !INTEGRATION_CUE.test(clause.text)) return undefined;
  // "Your Enterprise price is frozen for three years" is still our promise: a price is ours to hold.
  if (
    isCustomerOwned(clause.text, rel) &&
    !predicateBefore(clause.text, rel) &&
    term.term.id !== 'price-lock'
  )
    return undefined;
  const qualifier = QUALIFIER.exec(clause.text.slice(term.end - clause.start));
  const termEnd = rel + term.text.length + (qualifier?.[0].length ?? 0);
  if (isNegatedAt(clause.text, rel, termEnd)) {
    // "There are no setup fees" promises what the documents must back: their own "no setup fees" does.
    if (!term.term.negationIsClaim || facts.denied.has(term.term.id)) return undefined;
  }
  if (
    describesDemo(clause.text, termEnd) ||
    meansProduction(clause, term) ||
    isRequested(clause.text, rel) ||
    isTopicLabel(clause.text, rel, termEnd) ||
    isTopicNoun(clause.text, termEnd) ||
    isBareLabel(clause.sentence.text, term.start - clause.sentence.start, term.end - clause.sentence.start) ||
    isQuoted(clause.text, rel, termEnd)
  )
    return undefined;
  // "tickets your Seoul colleagues write in Korean": the language their people use, not one of ours.
  if (term.term.category === 'language' && THEIR_PEOPLE_IN.test(clause.text.slice(0, rel))) return undefined;
  // "refunds still happen in your Shopify admin": done in the customer's own system, not ours.
  if (
    DONE_ON_THEIR_SIDE.test(clause.text.slice(termEnd)) &&
    !/\bour\s+(?:[\w-]+\s+)?$/i.test(clause.text.slice(0, rel))
  )
    return undefined;
  const at = { field: clause.field, start: term.start, end: term.end, text: term.text };
  // "Salesforce is on our roadmap" promises no capability today, but a roadmap must be documented too.
  if (isNotYetAvailable(clause.text) && (facts.denied.has(term.term.id) || facts.terms.has(term.term.id))) {
    return undefined;
  }
  const kind = PRICE_TERMS.has(term.term.id) || term.term.category === 'billing' ? 'price' : 'claim';
  // "Jira Data Center" is its own product: the documents must name that edition, not only "Jira".
  if (qualifier) {
    const edition = `${term.text}${qualifier[0]}`.trim();
    const stated = facts.qualified.get(`${term.term.id}|${qualifier[1]!.toLowerCase()}`);
    if (!stated || stated.denied) {
      return finding(
        kind,
        'block',
        { field: clause.field, start: term.start, end: term.end + qualifier[0].length, text: edition },
        term.term.category,
        stated
          ? `the documents say "${edition}" is not supported`
          : `"${edition}" is not stated in the current product documents`,
        stated?.citation,
      );
    }
  }
  // "SCIM with Entra ID": a protocol works with the identity providers the documents name beside it.
  if (IDENTITY_PROTOCOLS.has(term.term.id)) {
    const grouped = identityGroups(clause.terms);
    const providers = clause.terms.filter((t) => isIdentityProvider(t.term.id) && grouped(term, t));
    const pairedAtAll = (id: string) => [...facts.termPairs].some((k) => k.endsWith(`|${id}`));
    const unpaired = providers.find(
      (p) =>
        pairedAtAll(p.term.id) &&
        !facts.termPairs.has(`${term.term.id}|${p.term.id}`) &&
        !(term.term.implies ?? []).some((id) => facts.termPairs.has(`${id}|${p.term.id}`)) &&
        !isNegatedAt(clause.text, p.start - clause.start, p.end - clause.start),
    );
    if (unpaired && facts.terms.has(term.term.id) && facts.terms.has(unpaired.term.id)) {
      return finding(
        'claim',
        'block',
        { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
        'identity',
        `the documents do not offer ${term.text} with ${unpaired.text}`,
        facts.terms.get(term.term.id),
      );
    }
  }
  const elsewhere = placeOutsideFeature(deal, clause, term) ?? cloudOutsideKeys(deal, clause, term);
  if (elsewhere) return elsewhere;
  const notHeld = certificateNotHeld(facts, clause, term);
  if (notHeld) return finding('claim', 'block', at, term.term.category, notHeld.reason, notHeld.citation);
  // A denied term is not rescued by a sentence of the same words: "customer-managed keys are not offered".
  const reworded =
    facts.terms.has(term.term.id) ||
    facts.denied.has(term.term.id) ||
    !SAME_WORDS_CATEGORIES.has(term.term.category)
      ? undefined
      : sameWords(facts, term.text);
  const supported =
    facts.terms.get(term.term.id) ??
    (term.term.threadMaySupport && deal.threadTerms.has(term.term.id) ? 'thread' : undefined) ??
    reworded?.citation ??
    (isIdentityProvider(term.term.id) ? anySamlProvider(facts, clause) : undefined) ??
    // "We import your old tickets for free" where a document says the import is "at no charge".
    (term.term.id === 'setup-fee'
      ? (oneTimeFee(facts, clause, term) ?? includedFee(index, deal, analysis, clause, term))
      : undefined) ??
    (term.term.id === 'free-extras' && /^(?:for free|free of charge)$/i.test(term.text)
      ? freeOfCharge(facts, clause.text)
      : undefined) ??
    // "non-profit pricing" where the price list says "Registered charities: 20% off".
    (term.term.id === 'programme-pricing'
      ? programmesNamed(facts.discounts.programmes, term.text, [])[0]?.citation
      : undefined);
  if (!supported) {
    const denial = facts.denied.get(term.term.id);
    const reason = denial
      ? `the documents say "${term.text}" is not offered`
      : `"${term.text}" is not stated in the current product documents`;
    return finding(kind, 'block', at, term.term.category, reason, denial);
  }
  // A term stated of the product as a whole ("billed annually unless stated otherwise", "SSO through
  // Okta or OneLogin") holds for every plan a document does not rule out ("not Starter"); languages
  // stay with the feature they were listed for.
  const general = term.term.category !== 'language' && facts.generalTerms.has(term.term.id);
  const documentedFor = general
    ? undefined
    : (facts.termProducts.get(term.term.id) ?? (reworded?.skus?.length ? new Set(reworded.skus) : undefined));
  // A term that is itself a product's name ("Priority support") is said of the plan named beside it.
  const fieldText = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const found = productAt(
    {
      ...clause,
      products: clause.products.filter((p) => p.end <= term.start || p.start >= term.end),
    },
    term.start,
    fieldText,
    term.end,
  );
  // "…and you get the audit log, SCIM with Entra ID and Priority support included": a product listed
  // right after the term ("X and Priority support") is another item of the list; the plan named
  // earlier in the sentence is what the list is about.
  const linked = (p: ProductMention) =>
    p.start < term.start ||
    /^[\s/\w]{0,20}?\b(?:for|on|with|of|in)\s+(?:the\s+)?$/i.test(fieldText.slice(term.end, p.start));
  const earlier = analysis.clauses
    .filter(
      (c) => c.field === clause.field && c.sentence.start === clause.sentence.start && c.end <= clause.start,
    )
    .flatMap((c) => c.products)
    .filter((p) => !isBaseMention(fieldText, p))
    .at(-1);
  const listedAfter = (p: ProductMention) =>
    p.start >= term.end && /^\s*(?:,\s*)?(?:and|or|&|,)\s+$/i.test(fieldText.slice(term.end, p.start));
  // "single sign-on, learning paths and the option of Live Classroom": an add-on listed after the
  // feature is one more thing bought, not the plan the feature is given to.
  const addOnAfter = found !== undefined && found.start >= term.end && facts.addOns.has(found.sku);
  // "Premium Support and sandbox pricing": an add-on listed beside the feature is another item, no plan.
  const addOnBeside =
    found !== undefined &&
    found.end <= term.start &&
    facts.addOns.has(found.sku) &&
    /^\s*(?:,|and|&|or|\/)\s*(?:(?:the|an?)\s+)?$/i.test(fieldText.slice(found.end, term.start));
  const product =
    statedPlan(
      analysis,
      clause,
      fieldText,
      addOnAfter || addOnBeside
        ? undefined
        : found && !linked(found) && listedAfter(found) && earlier
          ? earlier
          : found,
    ) ??
    // "One more plus for Growth: it includes single sign-on": "it" is the plan the sentence named before.
    (!found && POINTING_OPENER.test(clause.text) && earlier && !facts.addOns.has(earlier.sku)
      ? earlier
      : undefined);
  // "(Meadow has none)": a plan the clause says lacks the feature is not claimed to have it.
  if (product && product.start >= clause.start && product.end <= clause.end) {
    if (isNegatedAt(clause.text, product.start - clause.start, product.end - clause.start)) return undefined;
  }
  const gated = documentedFor ?? facts.termProducts.get(term.term.id) ?? new Set<string>();
  const lacks = (sku: string) =>
    documentedFor !== undefined &&
    documentedFor.size > 0 &&
    !productCovers(facts.includes, sku, documentedFor) &&
    // Priority support (included with Enterprise) is where Enterprise's 24/7 cover comes from.
    ![...(facts.includedWith.get(sku) ?? [])].some((s) => documentedFor.has(s)) &&
    // An add-on no document limits to some plans ("Premium Support: $6,000 a year") goes with any plan.
    ![...documentedFor].some((s) => facts.addOns.has(s) && !facts.limitedAddOns.has(s));
  const names = [...gated].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ') || 'other plans';
  // "SSO is included on every plan" where the documents give SSO to some plans only.
  if (!product && everyPlanSpans(clause.text).length > 0) {
    // Plans the documents give it to, or, for a term stated of the product as a whole, rule out.
    const ruledOutOf = [...(facts.termExcluded.get(term.term.id) ?? [])].filter((s) => !gated.has(s));
    const without = documentedFor
      ? plansLike(index, deal, [...documentedFor]).find((p) => lacks(p.sku))
      : ruledOutOf.find((s) => !facts.addOns.has(s));
    if (without)
      return finding(
        kind,
        'block',
        { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
        'product_feature',
        `the documents give "${term.text}" to ${names}, not to every plan`,
        typeof supported === 'string' ? undefined : supported,
      );
  }
  const ruledOut = product !== undefined && facts.termExcluded.get(term.term.id)?.has(product.sku) === true;
  // "Pro versus Enterprise, since that's where SCIM sits": a plan set against another is no plan the
  // feature is given to, when the other has it.
  const compared =
    product !== undefined &&
    clause.products.some(
      (p) => p.sku !== product.sku && !lacks(p.sku) && setSideBySide(fieldText, p, product),
    );
  if (product && !compared && (lacks(product.sku) || (ruledOut && !gated.has(product.sku)))) {
    const claimed = index.catalog.bySku.get(product.sku)?.name ?? product.sku;
    return finding(
      kind,
      'block',
      { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
      'product_feature',
      `the documents give "${term.text}" to ${names}, not to ${claimed}`,
      typeof supported === 'string' ? undefined : supported,
    );
  }
  return undefined;
}

const POINTING_OPENER =
  /^\s*(?:(?:and|so)\s+)?(?:it|that|this)(?:['’]s| is)?\s+(?:also\s+)?(?:includes?|comes with|has|gives you|adds|offers)\b/i;

// Talk of testing: "test it in the sandbox before it touches live data".
const TESTING = /\b(?:test\w*|sandbox\w*|staging|trial|try|trying|pilot)\b/i;

/** "Live" set against testing means production data, not a real-time feature. */
function meansProduction(clause: DraftClause, term: TermMatch): boolean {
  return term.term.id === 'real-time' && /^live\b/i.test(term.text) && TESTING.test(clause.sentence.text);
}

/**
 * "SAML single sign-on, which works with Okta" where the documents offer SAML and name no identity
 * provider: every mainstream provider speaks SAML. Documents that name some providers name all there are.
 */
function anySamlProvider(facts: DealContext['facts'], clause: DraftClause): GuardCitation | undefined {
  const saml = facts.terms.get('saml');
  if (!saml || [...facts.terms.keys()].some(isIdentityProvider)) return undefined;
  const said = matchTerms(clause.sentence.text);
  return said.some((t) => t.term.id === 'saml' || t.term.id === 'sso') ? saml : undefined;
}

// Offers ("free months", "refunds") must be stated as offers; only features may be reworded.
const SAME_WORDS_CATEGORIES = new Set(['feature', 'service', 'hosting', 'identity']);

/**
 * "The onboarding fee is $1,500" where the price book sells "Guided onboarding" once: that one-time
 * price is the fee. "There's no onboarding fee" it contradicts.
 */
function oneTimeFee(
  facts: DealContext['facts'],
  clause: DraftClause,
  term: TermMatch,
): GuardCitation | undefined {
  if (isNegatedAt(clause.text, term.start - clause.start, term.end - clause.start)) return undefined;
  const kind = stems(term.text.replace(/^set-up/i, 'setup'))[0];
  return facts.money.find(
    (m) =>
      m.period === 'once' &&
      m.citation.source === 'product' &&
      kind &&
      stems(m.citation.label).includes(kind),
  )?.citation;
}

/**
 * "Onboarding is included with Enterprise at 100+ seats, so there's no onboarding fee": a fee denied
 * where the deal's plan includes the one-time product it would be for.
 */
function includedFee(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
  term: TermMatch,
): GuardCitation | undefined {
  if (!isNegatedAt(clause.text, term.start - clause.start, term.end - clause.start)) return undefined;
  const kind = stems(term.text.replace(/^set-up/i, 'setup'))[0];
  const sentence = analysis.clauses.filter((c) => c.sentence.start === clause.sentence.start);
  return deal.facts.money.find((m) => {
    const sku = m.skus[0];
    return (
      m.period === 'once' &&
      m.citation.source === 'product' &&
      sku !== undefined &&
      kind !== undefined &&
      stems(m.citation.label).includes(kind) &&
      includedFor(
        index,
        deal,
        sku,
        plansSpokenOf(index, deal, sentence, sku, analysis.clauses),
        analysis.draft.body,
      )
    );
  })?.citation;
}

/** A document sentence that says what this clause is about costs nothing ("at no charge"). */
function freeOfCharge(facts: DealContext['facts'], clause: string): GuardCitation | undefined {
  const topic = topicStems(clause);
  return facts.sentenceStems.find(
    (s) => s.stems.has('free') && [...topic].some((w) => w !== 'free' && s.stems.has(w)),
  )?.citation;
}

/**
 * A term the documents state in other words of the same stems: "phone support" where a document
 * says "24/7 phone, chat and email" support, "encryption at rest" for "encrypted at rest".
 */
function sameWords(facts: DealContext['facts'], text: string): FigureContext | undefined {
  const plain = text.replace(
    /\b(?:at no (?:extra |additional )?(?:charge|cost)|free of charge|complimentary)\b/gi,
    'free',
  );
  const words = tokenize(plain)
    .map((t) => t.stem)
    .filter((w) => !STOPWORDS.has(w) && !/\d/.test(w));
  if (words.length < 2) return undefined;
  const said = facts.sentenceStems.filter((s) => words.every((w) => s.stems.has(w)));
  const first = said[0];
  if (!first) return undefined;
  // Every sentence that says it counts: a comparison table gives phone support to each plan's row,
  // and a sentence naming no plan gives it to all.
  if (said.some((s) => !s.skus?.length)) return { ...first, skus: [] };
  return { ...first, skus: [...new Set(said.flatMap((s) => s.skus ?? []))] };
}
