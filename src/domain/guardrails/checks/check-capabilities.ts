/** Capability claims: every feature, certification, integration, region or offer a draft states must be documented. */
import { STOPWORDS, tokenize } from '../../knowledge/text-tokens.ts';
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardCitation, GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import {
  type FigureContext,
  IDENTITY_PROTOCOLS,
  isIdentityProvider,
  QUALIFIER,
  topicStems,
} from '../index/knowledge-facts.ts';
import { isBaseMention, type ProductMention, productCovers } from '../index/product-catalog.ts';
import { finding, inClause } from '../support/findings.ts';
import { programmesNamed } from '../support/programmes.ts';
import {
  answersNo,
  describesDemo,
  introducesDenial,
  isAskingOnly,
  isCustomerOwned,
  isHedged,
  isNegatedAt,
  isNotYetAvailable,
  isRequested,
  namesDemoSetup,
  reportsCustomer,
} from '../text/claim-context.ts';
import { spellingStem } from '../text/spelling.ts';
import { INTEGRATION_CUE } from '../vocabulary/capability-lexicon.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchTerms, type TermMatch } from '../vocabulary/lexicon-matcher.ts';
import {
  HOSTING_CUE,
  matchPlaces,
  type PlaceMatch,
  placeAndAncestors,
  placeLabel,
} from '../vocabulary/places.ts';
import { placeListProblem } from './place-lists.ts';
import { planGateProblem } from './plan-gating.ts';
import { plansLike, statedPlan } from './plan-subjects.ts';

const PREDICATE =
  /\b(?:supports?|offers?|includes?|provides?|bundles?|boasts?|brings?|delivers?|packs?|comes? with|ships?(?: with)?|integrates?(?: natively| directly| seamlessly| out of the box)? with|connects? (?:natively |directly )?(?:to|with)|syncs? (?:to|with)|(?:has|have) (?:a |an )?(?:built[\s-]in|native|integrated)|plugs? into|works? with|compatible with|hosts?(?: your data)? (?:in|on)|stores?(?: your data)? (?:in|on)|runs? on|(?:is|are|we're|we are) (?:certified|compliant|accredited|audited|attested)|(?:is|are|has been|have been) (?:tested|validated|verified) (?:with|against)|guarantees?|features|adds?|can (?:host|store|keep|deploy|provide|offer|set up|enable|turn on|support|integrate|connect|give you|sign|run|export|sync)|you(?:'ll| will)? (?:also )?get|gives? you)\b/gi;
// A product-capability frame in the passive: "X is included / supported / encrypted". Verbs of
// people and paperwork ("is attached", "can be priced", "are prorated") claim no capability.
const PASSIVE =
  /\b(?:is|are|can be|will be|gets?)\s+(?:also\s+|fully\s+|now\s+|easily\s+|automatically\s+)?(?:included|supported|available|built[\s-]in|standard|offered|provided|bundled|certified|hosted|stored|encrypted|synced|synchroni[sz]ed|integrated|connected|embedded|automated|enabled|exported|imported|locali[sz]ed|translated|replicated|backed up|audited|monitored)\b/gi;
// Passive verbs of the sales process, not of the product: "the order form can be signed".
const PROCESS_VERB =
  /\b(?:sent|signed|updated|extended|adjusted|revised|finali[sz]ed|booked|moved|reviewed|approved|shared|attached|discussed|arranged|prepared|covered|renewed|handled|answered|resolved|scheduled|confirmed|added|removed|invoiced|billed|priced|quoted|processed|included|supported|based|located|used|needed|required|interested|involved|aligned|limited|impressed|pleased|excited|delighted)$/i;
// ("everything we discussed" points back at the conversation; it names no capability. "compared with
// your current plan" names what is compared against, not what is added.)
const CUT =
  /\b(?:during|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|beyond|on top of|in addition to|(?:that |which )?(?:we|you|I|they)(?:'ve| have| had)?\s+(?:just\s+)?(?:discussed|talked|agreed|covered|mentioned|spoke|reviewed|went over|asked (?:for|about)|saw|looked at|walked through)\b|so that|so|because|which|who|if|in case|should (?:you|your)|provided|as long as|when|once|while|whenever|unless|before|after|until|since|and (?:I|we|you|they|it)|to (?:help|make|keep|give|let|ensure|get|see|meet|speed|save|answer|cover)|for (?:you|your|the|teams?|all|every|each|anyone|customers|users|free))\b|[(—–]/;
const NEGATIVE_ANSWER =
  /^\s*(?:no|not (?:yet|today|available|supported|offered)|unfortunately not|we don't|we do not)\b/i;
const SUBJECT_ASSERTS =
  /\b(?:yes|now|is|are|supports?|supported|includes?|included|offers?|available|certified|compliant|live|launch\w*|adds?|with)\b/i;
const OURS =
  /\b(?:we|we're|we've|we'll|our|ours|it|its|this|the (?:platform|product|plan|tier|app|tool|solution|service|system|software|edition|package|subscription)|each plan|every plan|all plans|both plans|both tiers)\b/gi;
const THEIRS = /\b(?:I|I'm|I'll|I've|I'd|you|you're|your|they|they're|their|he|she|his|her)\b/g;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

/** Whether the words before a predicate make us (or our product) its subject. */
function ourSubject(index: GuardIndex, prefix: string): boolean {
  const words = prefix.split(/\s+/).slice(-8).join(' ');
  const seller = index.sellerName.split(/\s+/)[0] ?? index.sellerName;
  const ours = Math.max(
    lastIndex(OURS, words),
    ...index.catalog.mentions(words).map((m) => m.start),
    words.lastIndexOf(seller),
  );
  return ours >= 0 && ours > lastIndex(THEIRS, words);
}

function predicateBefore(text: string, offset: number): boolean {
  // Only a predicate that reaches the term: "…comes with the audit trail, which covers your retention
  // rule" gives the customer's rule a verb of its own.
  let reaches = false;
  for (const m of text.matchAll(PREDICATE))
    if (m.index < offset) reaches = !CUT.test(text.slice(m.index + m[0].length, offset));
  if (reaches) return true;
  return /\b(?:integrat\w*|connect\w*|sync\w*|works?)\s+(?:with|to|into)\s+$/i.test(
    text.slice(0, offset).replace(/\b(?:your|their)\s+(?:[\w'-]+\s+){0,2}$/i, ''),
  );
}

// Commercial terms that are about what a customer pays: a wrong one is a price problem.
const PRICE_TERMS = new Set(['setup-fee', 'payment-terms', 'programme-pricing']);

/** The stretch of a clause that talks about a competitor: from its name to the next "we" or "our". */
function competitorStretch(index: GuardIndex, clause: DraftClause): [number, number] | undefined {
  const at = Math.min(...index.competitors.map((c) => clause.text.indexOf(c)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  const ours = /\b(?:we|we're|our|us)\b/i.exec(clause.text.slice(at));
  return [at, ours ? at + ours.index : clause.text.length];
}

export function checkCapabilities(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
): GuardFinding[] {
  const findings: GuardFinding[] = [];
  const claimsNothing = (c: DraftClause) =>
    isHedged(c.text) ||
    reportsCustomer(c.text) ||
    isAskingOnly(c.text, c.question) ||
    NEGATIVE_ANSWER.test(c.text);
  analysis.clauses.forEach((clause, i) => {
    // A label ("HIPAA: checking with our team") takes the stance of what follows it.
    const next = analysis.clauses[i + 1];
    const label = clause.text.split(/\s+/).length <= 4 && next?.sentence.start === clause.sentence.start;
    if (claimsNothing(clause) || (label && next && claimsNothing(next))) return;
    if (afterDeniedLeadIn(analysis, i) || (label && labelAnsweredNo(analysis, clause))) return;
    // "On backups and safety: …" names the topic the customer raised; what follows is the claim.
    if (label && /^(?:on|about|re|regarding|as for|as to|and on)\b/i.test(clause.text)) return;
    // A subject line names the topic ("Re: HIPAA question"); it claims something only when it says so.
    if (clause.field === 'subject' && !SUBJECT_ASSERTS.test(clause.text)) return;
    // What a draft says of a competitor is judged as confidential (battlecard talk), not as our claim.
    const theirs = competitorStretch(index, clause);
    const ours = (offset: number) => !theirs || offset < theirs[0] || offset >= theirs[1];
    const answered = label ? termsAnsweredLater(analysis, clause) : new Set<string>();
    for (const term of clause.terms) {
      if (!ours(term.start - clause.start) || answered.has(term.term.id)) continue;
      const problem = termProblem(index, deal, analysis, clause, term);
      if (problem) findings.push(problem);
    }
    findings.push(
      ...placeProblems(index, deal, analysis, clause).filter((f) => ours(f.start - clause.start)),
    );
    const listed = placeListProblem(deal, clause, HOSTING_CUE.test(clause.text));
    if (listed && ours(listed.start - clause.start)) findings.push(listed);
    const addOn = addOnPlanProblem(index, deal, clause);
    if (addOn) findings.push(addOn);
    const denied = deniedNameProblem(deal, clause);
    if (denied) findings.push(denied);
    const gate = planGateProblem(index, deal, analysis, clause);
    if (gate && ours(gate.start - clause.start)) findings.push(gate);
    const generic = objectProblem(index, deal, clause);
    if (generic) findings.push(generic);
    else {
      const gated = gatedWordsProblem(index, deal, analysis, clause);
      if (gated) findings.push(gated);
    }
  });
  return findings;
}

/** "SOC 2 Type II: not held yet": a label the words after its colon answer in the negative. */
function labelAnsweredNo(analysis: DraftAnalysis, label: DraftClause): boolean {
  const text = label.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  return answersNo(text.slice(label.end));
}

/** Whether the clause is the list a negative lead-in opens: "a few things we don't offer: payroll, …". */
function afterDeniedLeadIn(analysis: DraftAnalysis, i: number): boolean {
  const clause = analysis.clauses[i]!;
  const leadIn = analysis.clauses[i - 1];
  if (!leadIn || leadIn.field !== clause.field || leadIn.sentence.start !== clause.sentence.start)
    return false;
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  return introducesDenial(leadIn.text, text.slice(leadIn.end, clause.start));
}

/**
 * "SSO and SCIM: Summit includes SAML… We don't offer SCIM today": a term a label names and its line
 * names again takes the stance of that later mention, which is judged in its own clause.
 */
function termsAnsweredLater(analysis: DraftAnalysis, label: DraftClause): Set<string> {
  const text = label.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const lineEnd = text.indexOf('\n', label.end);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return new Set(
    analysis.clauses
      .filter((c) => c.field === label.field && c.start >= label.end && c.start < end)
      .flatMap((c) => c.terms.map((t) => t.term.id)),
  );
}

function termProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
  term: TermMatch,
): GuardFinding | undefined {
  const { facts } = deal;
  const rel = term.start - clause.start;
  if (term.term.category === 'integration' && !INTEGRATION_CUE.test(clause.text)) return undefined;
  if (isCustomerOwned(clause.text, rel) && !predicateBefore(clause.text, rel)) return undefined;
  const qualifier = QUALIFIER.exec(clause.text.slice(term.end - clause.start));
  const termEnd = rel + term.text.length + (qualifier?.[0].length ?? 0);
  if (!term.term.negationIsClaim && isNegatedAt(clause.text, rel, termEnd)) return undefined;
  if (describesDemo(clause.text, termEnd) || meansProduction(clause, term) || isRequested(clause.text, rel))
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
    const providers = clause.terms.filter((t) => isIdentityProvider(t.term.id));
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
  const product = statedPlan(
    analysis,
    clause,
    fieldText,
    addOnAfter ? undefined : found && !linked(found) && listedAfter(found) && earlier ? earlier : found,
  );
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
  if (!product && saysEveryPlan(clause.text)) {
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
  if (product && (lacks(product.sku) || (ruledOut && !gated.has(product.sku)))) {
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

/** "BYOK for your London data" where the documents offer BYOK "in the US and EU regions only". */
function placeOutsideFeature(
  deal: DealContext,
  clause: DraftClause,
  term: TermMatch,
): GuardFinding | undefined {
  const offered = deal.facts.termPlaces.get(term.term.id);
  if (!offered) return undefined;
  const places = matchPlaces(clause.text).filter((p) => !isNegatedAt(clause.text, p.start, p.end));
  // "With Stockholm as production, backups are copied to Frankfurt": the places after the feature are
  // where it is said to be; one before it may be where something else is.
  const after = places.filter((p) => p.start >= term.end - clause.start);
  // A region holding the documented place ("inside the EU" of Frankfurt) is no other place.
  const holdsOffered = (placeId: string) =>
    [...offered].some((id) => placeAndAncestors(id).includes(placeId));
  const outside = (after.length > 0 ? after : places).find(
    (p) => !placeAndAncestors(p.placeId).some((id) => offered.has(id)) && !holdsOffered(p.placeId),
  );
  if (!outside) return undefined;
  return finding(
    'claim',
    'block',
    { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
    'region',
    `the documents offer "${term.text}" only in ${[...offered].map(placeLabel).join(', ')}, not in ${outside.text}`,
    deal.facts.terms.get(term.term.id),
  );
}

// Customer keys live in one cloud's key service: the documents name which ("BYOK (AWS KMS)").
const KEY_CUSTODY = new Set(['byok', 'hsm']);
const CLOUDS = new Set(['aws', 'azure', 'gcp']);

/** "Bring your own key from Azure Key Vault" where the documents pair BYOK with AWS KMS alone. */
function cloudOutsideKeys(deal: DealContext, clause: DraftClause, term: TermMatch): GuardFinding | undefined {
  if (!KEY_CUSTODY.has(term.term.id)) return undefined;
  const { facts } = deal;
  const paired = [...CLOUDS].filter((c) => facts.termPairs.has(`${term.term.id}|${c}`));
  if (paired.length === 0) return undefined;
  const other = clause.terms.find(
    (t) =>
      CLOUDS.has(t.term.id) &&
      !paired.includes(t.term.id) &&
      !isNegatedAt(clause.text, t.start - clause.start, t.end - clause.start),
  );
  if (!other) return undefined;
  return finding(
    'claim',
    'block',
    { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
    'hosting',
    `the documents offer ${term.text} with ${paired.join(', ').toUpperCase()} keys, not with ${other.text}`,
    facts.terms.get(term.term.id),
  );
}

const EVERY_PLAN_SAID =
  /\b(?:(?:every|all|each|any)\s+(?:of\s+(?:our|the)\s+)?(?:\w+\s+)?(?:plans?|tiers?|editions?)|whichever (?:plan|tier|edition))\b/gi;

/** Whether the clause gives what it names to every plan ("on all plans"), not denying it of one. */
function saysEveryPlan(text: string): boolean {
  return [...text.matchAll(EVERY_PLAN_SAID)].some((m) => !isNegatedAt(text, m.index, m.index + m[0].length));
}

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

/**
 * "Start on Essentials and add APM" where the price book sells APM on Professional and Enterprise
 * only: an add-on limited to some plans, said of the nearest other plan in the clause.
 */
function addOnPlanProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
): GuardFinding | undefined {
  const { facts } = deal;
  for (const addOn of clause.products) {
    if (!facts.limitedAddOns.has(addOn.sku) || addedOnceMoved(index, deal, clause, addOn)) continue;
    const rel = addOn.start - clause.start;
    if (isNegatedAt(clause.text, rel, addOn.end - clause.start)) continue;
    const offeredWith = [...facts.includes].filter(([, set]) => set.has(addOn.sku)).map(([sku]) => sku);
    const plans = clause.products.filter(
      (p) => p !== addOn && !facts.addOns.has(p.sku) && isPlanLike(index, p.sku, offeredWith),
    );
    const distance = (p: { start: number }) => Math.abs(p.start - addOn.start);
    const plan = [...plans].sort((a, b) => distance(a) - distance(b))[0];
    if (!plan || productCovers(facts.includes, plan.sku, new Set([addOn.sku]))) continue;
    if (isNegatedAt(clause.text, plan.start - clause.start, plan.end - clause.start)) continue;
    const offering = [...facts.includes]
      .filter(([, set]) => set.has(addOn.sku))
      .map(([sku]) => index.catalog.bySku.get(sku)?.name ?? sku);
    return finding(
      'claim',
      'block',
      { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
      'product_feature',
      `the price book sells ${index.catalog.bySku.get(addOn.sku)?.name ?? addOn.sku} with ${offering.join(', ') || 'other plans'}, not with ${index.catalog.bySku.get(plan.sku)?.name ?? plan.sku}`,
    );
  }
  return undefined;
}

// "…add APM once you move to Professional": the add-on is bought when the move is made.
const ONCE_MOVED =
  /^[^;.]*?\b(?:once|when|after|as soon as|if)\b[^;.]*?\b(?:mov|upgrad|switch|step|go)\w*\s+(?:up\s+)?to\s+(?:the\s+)?$/i;

/** Whether the sentence adds the add-on on a plan it moves to later, one the price book sells it with. */
function addedOnceMoved(index: GuardIndex, deal: DealContext, clause: DraftClause, addOn: ProductMention) {
  const sentence = clause.sentence.text;
  const from = addOn.end - clause.sentence.start;
  return index.catalog
    .mentions(sentence)
    .some(
      (p) =>
        p.start >= from &&
        ONCE_MOVED.test(sentence.slice(from, p.start)) &&
        productCovers(deal.facts.includes, p.sku, new Set([addOn.sku])),
    );
}

/**
 * Whether a product could be a plan the add-on is sold on: where the add-on goes with per-user
 * editions, a fee or bundle priced otherwise (a yearly platform-fee band) is a line beside the
 * edition, not an edition. Plans priced by usage are judged as before, whatever their unit.
 */
function isPlanLike(index: GuardIndex, sku: string, offeredWith: readonly string[]): boolean {
  const product = index.catalog.bySku.get(sku);
  const plans = offeredWith.flatMap((s) => index.catalog.bySku.get(s) ?? []);
  if (!product || !plans.some((p) => p.perSeat)) return true;
  return product.perSeat;
}

const EVERY_PLAN = /\b(?:every|all|each|any)\s+(?:\w+\s+)?(?:plans?|tiers?|editions?|customers?)\b/i;

/**
 * "Professional includes field-level masking" where the only document part that says "field-level
 * masking" gives it to Enterprise: a feature outside the lexicon, gated by the plan the documents
 * name in the same part of the sentence ("role-based access control on every plan; masking on Enterprise").
 */
function gatedWordsProblem(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding | undefined {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  for (const m of clause.text.matchAll(PREDICATE)) {
    if (/^you/i.test(m[0])) continue;
    // "Starter doesn't include live chat" says the plan lacks it, which is what the gate says too.
    if (isNegatedAt(clause.text, m.index, m.index + m[0].length)) continue;
    const product = statedPlan(analysis, clause, text, productAt(clause, clause.start + m.index, text));
    if (!product || deal.facts.addOns.has(product.sku)) continue;
    const start = m.index + m[0].length;
    const rest = clause.text.slice(start);
    const cut = CUT.exec(rest);
    const phrase = rest.slice(0, cut ? cut.index : rest.length);
    if (index.catalog.mentions(phrase).length > 0) continue;
    const words = tokenize(phrase)
      .filter((t) => t.word.length > 2 && !/\d/.test(t.word))
      .map((t) => t.stem)
      .filter((w) => !STOPWORDS.has(w) && !GENERIC_STEMS.has(w) && !deal.ownStems.has(w));
    if (words.length === 0) continue;
    const parts = deal.facts.sentenceStems.flatMap((sentence) => {
      if (!words.every((w) => sentence.stems.has(w))) return [];
      // The part of the documented sentence that says it, up to a semicolon.
      const quote = sentence.citation.quote ?? '';
      const part = quote.split(/;|\.\s/).find((p) => {
        const own = new Set(tokenize(p).map((t) => t.stem));
        return words.every((w) => own.has(w));
      });
      // Under a heading for every plan, the sentence gives it to no plan in particular.
      return [sentence.everyPlan ? '' : (part ?? quote)];
    });
    if (parts.length === 0) continue;
    const plansOf = (part: string) =>
      EVERY_PLAN.test(part) ? [] : index.catalog.mentions(part).map((x) => x.sku);
    if (parts.some((p) => plansOf(p).length === 0)) continue;
    const documented = new Set(parts.flatMap(plansOf));
    if (productCovers(deal.facts.includes, product.sku, documented)) continue;
    const names = [...documented].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ');
    return finding(
      'claim',
      'block',
      { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
      'product_feature',
      `the documents give "${phrase.trim().replace(/[,;:.]+$/, '')}" to ${names}, not to ${index.catalog.bySku.get(product.sku)?.name ?? product.sku}`,
    );
  }
  return undefined;
}

// "holds no PCI DSS certificate", "we do not hold ISO 27701": a page saying the seller lacks the certificate.
const HOLDS_NONE =
  /\b(?:holds? no|(?:do|does) not hold|(?:don't|doesn't) hold|(?:is|are) not (?:certified|accredited|attested)|without (?:a|any) certificat)/i;
const CERTIFIED_CLAIM = /\b(?:certified|certificat\w*|accredited|attested|attestation|compliant|audited)\b/i;

/**
 * "We're PCI DSS certified" where a page says we hold no PCI DSS certificate: a page may name the standard
 * elsewhere (its scope, a heading), but naming it is no certificate, and the denial decides the claim.
 */
function certificateNotHeld(facts: DealContext['facts'], clause: DraftClause, term: TermMatch) {
  if (term.term.category !== 'certification' || !CERTIFIED_CLAIM.test(clause.text)) return undefined;
  const denial = facts.denied.get(term.term.id);
  if (!denial?.quote || !HOLDS_NONE.test(denial.quote)) return undefined;
  return { reason: `the documents say no "${term.text}" certificate is held`, citation: denial };
}

/** "we don't connect to the GDSs (Amadeus, Sabre)": a bracket names examples of what its lead-in denies. */
function bracketNegated(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.slice(open, at).includes(')')) return false;
  const lead = /\S+\s*$/.exec(text.slice(0, open));
  return lead !== null && isNegatedAt(text, lead.index, open);
}

/** "Orbitly syncs with Apple iCloud" where a document says "Apple iCloud is not supported". */
function deniedNameProblem(deal: DealContext, clause: DraftClause): GuardFinding | undefined {
  if (deal.facts.deniedNames.size === 0) return undefined;
  PREDICATE.lastIndex = 0;
  PASSIVE.lastIndex = 0;
  const frame = PREDICATE.test(clause.text) || PASSIVE.test(clause.text) || INTEGRATION_CUE.test(clause.text);
  PREDICATE.lastIndex = 0;
  PASSIVE.lastIndex = 0;
  if (!frame) return undefined;
  const lower = clause.text.toLowerCase();
  for (const [name, citation] of deal.facts.deniedNames) {
    const at = lower.indexOf(name);
    if (
      at < 0 ||
      /[\p{L}\p{N}]/u.test(lower[at + name.length] ?? '') ||
      /[\p{L}\p{N}]/u.test(lower[at - 1] ?? '')
    )
      continue;
    if (isNegatedAt(clause.text, at, at + name.length) || bracketNegated(clause.text, at)) continue;
    const start = clause.start + at;
    return finding(
      'claim',
      'block',
      { field: clause.field, start, end: start + name.length, text: clause.text.slice(at, at + name.length) },
      'denied',
      `the documents say ${clause.text.slice(at, at + name.length)} is not supported`,
      citation,
    );
  }
  return undefined;
}

function placeProblems(
  index: GuardIndex,
  deal: DealContext,
  analysis: DraftAnalysis,
  clause: DraftClause,
): GuardFinding[] {
  if (!HOSTING_CUE.test(clause.text)) return [];
  const findings: GuardFinding[] = [];
  const documented = [...deal.facts.places.keys()];
  const fieldText = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  for (const place of matchPlaces(clause.text)) {
    if (isCustomerOwned(clause.text, place.start) && !predicateBefore(clause.text, place.start)) continue;
    if (isNegatedAt(clause.text, place.start, place.end)) continue;
    const backing = documented.filter((d) => placeAndAncestors(d).includes(place.placeId));
    if (backing.length > 0) {
      const tierProblem = placeTierProblem(index, deal, clause, fieldText, place, backing);
      if (tierProblem) findings.push(tierProblem);
      continue;
    }
    const known = documented.map(placeLabel).join(', ') || 'none';
    findings.push(
      finding(
        'claim',
        'block',
        inClause(clause, place),
        'region',
        `"${place.text}" is not a documented hosting location (documented: ${known})`,
      ),
    );
  }
  return findings;
}

/** "Pro customers can host in Frankfurt" when the documents make EU hosting an Enterprise feature. */
function placeTierProblem(
  index: GuardIndex,
  deal: DealContext,
  clause: DraftClause,
  fieldText: string,
  place: PlaceMatch,
  backing: string[],
): GuardFinding | undefined {
  const near = productAt(clause, clause.start + place.start, fieldText);
  // An add-on is hosted wherever the plan it is bought on is: "Payroll, Priority Support, hosted in
  // Frankfurt" says where Payroll is hosted.
  const product =
    near && deal.facts.addOns.has(near.sku)
      ? clause.products.find((p) => !deal.facts.addOns.has(p.sku))
      : near;
  if (!product) return undefined;
  const related = new Set([
    ...backing,
    ...backing.flatMap(placeAndAncestors),
    ...placeAndAncestors(place.placeId),
  ]);
  const documentedFor = new Set<string>();
  for (const id of related) for (const sku of deal.facts.placeProducts.get(id) ?? []) documentedFor.add(sku);
  if (documentedFor.size === 0 || productCovers(deal.facts.includes, product.sku, documentedFor))
    return undefined;
  const names = [...documentedFor].map((s) => index.catalog.bySku.get(s)?.name ?? s).join(', ');
  return finding(
    'claim',
    'block',
    { field: clause.field, start: clause.start, end: clause.end, text: clause.text },
    'product_feature',
    `the documents offer hosting in ${place.text} with ${names}, not with ${index.catalog.bySku.get(product.sku)?.name ?? product.sku}`,
  );
}

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

// ", a relief for your bookkeeper", ", plenty for now", ", no custom work needed": a remark after a
// comma on what the object means to the customer, not one more thing the product has.
const ASIDE =
  /,\s*(?=[^,]*\b(?:you|your|yours|needed|required|necessary|enough|plenty|fine|ideal|perfect|exactly)\b)/i;

/** How far the object of a capability verb reaches in the rest of its clause. */
function objectLength(rest: string): number {
  const ends = [CUT.exec(rest)?.index, ASIDE.exec(rest)?.index].filter((i) => i !== undefined);
  return Math.min(rest.length, ...ends);
}

/** After "we support…", "Enterprise includes…", "X is included": words the documents never use. */
function objectProblem(index: GuardIndex, deal: DealContext, clause: DraftClause): GuardFinding | undefined {
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
  ];
  const unknown = new Set<string>();
  for (const [from, to] of spans) {
    const phrase = clause.text.slice(from, to);
    if (namesDemoSetup(phrase)) continue;
    for (const token of tokenize(phrase)) {
      const at = from + token.start;
      if (token.word.length <= 2 || /\d/.test(token.word)) continue;
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
