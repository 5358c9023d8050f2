/** What the current documents and the price book establish, indexed for the claim checks. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import { STOPWORDS, stems, tokenize } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { chunkCitation, recordCitation } from '../support/citations.ts';
import { blankOut } from '../text/blank-out.ts';
import { answersNo, isNegatedAt, isNotYetAvailable } from '../text/claim-context.ts';
import {
  bareNumbers,
  extractFigures as figuresOf,
  nonFigureSpans,
  type Period,
  SHARE_IN_WORDS,
} from '../text/figures.ts';
import { NUMBER, parseNumber } from '../text/number-words.ts';
import { type Span, splitClauses, splitSentences } from '../text/sentences.ts';
import { spellingStem } from '../text/spelling.ts';
import { linearizeTables } from '../text/tables.ts';
import { zonesNamedIn } from '../text/time-zones.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import { HOSTING_CUE, matchPlaces } from '../vocabulary/places.ts';
import { type DiscountPolicy, type PolicySentence, readDiscountPolicy } from './discount-policy.ts';
import { durationInDays } from './durations.ts';
import { type FeeBand, readFeeBands } from './fee-bands.ts';
import { type Measure, plansJoinedTo, readMeasures } from './measures.ts';
import { type PlanGate, readPlanGates, readSectionGates, sectionScope } from './plan-gates.ts';
import { isBaseMention, learnInclusions, listEndingAt, type ProductCatalog } from './product-catalog.ts';
import { labelledQuantitiesIn, quantitiesIn, RATE } from './quantities.ts';
import { readServiceHours, type ServiceHours } from './service-hours.ts';
import { shareableDocuments } from './shareable-documents.ts';

export type MoneyFact = {
  value: number;
  /** The currency its words give, when they give one ("A$595", "NZD 69"). */
  currency?: string;
  period: Period | undefined;
  skus: readonly string[];
  citation: GuardCitation;
  /** "$400 per 1,000 documents": the quantity the price buys. */
  perQuantity?: number;
  /** The words of the label a table cell gives it ("Interac debit in person: 12¢"), without product names. */
  label?: ReadonlySet<string>;
};

/** Text that must not reach a customer, kept with its words for overlap checks. */
export type ConfidentialText = {
  text: string;
  stems: ReadonlySet<string>;
  citation: GuardCitation;
  /** A rule for reps on a page written for customers ("may offer up to 12% without approval"). */
  customerFacing?: boolean;
  /** The competitor a battlecard line is said of where the line does not name them, as stems. */
  subject?: ReadonlySet<string>;
};

/** A figure a public document states, with the meaningful words of its sentence: what it is about. */
export type FigureContext = {
  stems: ReadonlySet<string>;
  citation: GuardCitation;
  /** The plans the sentence names, if any. */
  skus?: readonly string[];
  /** Written under a heading for every plan ("In every edition"): it holds whatever it names. */
  everyPlan?: boolean;
};

const SURCHARGE = /\b(\d+(?:\.\d+)?)\s*%\s+(?:more|higher|above|extra|on top|uplift|surcharge|premium)\b/gi;

export type KnowledgeFacts = {
  terms: Map<string, GuardCitation>;
  denied: Map<string, GuardCitation>;
  /** term id → the products a document ties it to ("Enterprise includes SSO"). */
  termProducts: Map<string, Set<string>>;
  /** Terms a document states of the product as a whole (no plan named): no plan gating applies. */
  generalTerms: Set<string>;
  /** Plans a document rules out for a term ("API on Team and Business (not Starter)", "no SLA on Team"). */
  termExcluded: Map<string, Set<string>>;
  /** "term|term" for terms one document sentence names together ("SCIM with Okta"). */
  termPairs: Set<string>;
  /** A term with the qualifier a document gives it ("jira|data center") → stated or denied. */
  qualified: Map<string, { denied: boolean; citation: GuardCitation }>;
  /** Names a document says are not supported ("Apple iCloud is not supported"), lower-cased. */
  deniedNames: Map<string, GuardCitation>;
  /** Meaningful words of each public document sentence, for wording the lexicon does not list. */
  sentenceStems: FigureContext[];
  /** Every word a public document uses: what a draft may say without repeating a secret. */
  publicWords: Set<string>;
  includes: Map<string, Set<string>>;
  places: Map<string, GuardCitation>;
  /** term id → the only places a document offers it in ("BYOK … in the US and EU regions only"). */
  termPlaces: Map<string, Set<string>>;
  /** place id → the products a document offers hosting there with. */
  placeProducts: Map<string, Set<string>>;
  /**
   * Lists of places a public clause gives something in ("we run payroll in Germany, Austria and
   * France"), with the clause's words: what is done there, and so nowhere else.
   */
  placeLists?: {
    placeIds: readonly string[];
    stems: ReadonlySet<string>;
    /** The places say where something other than a plan is hosted ("the pilot is hosted in Dublin"). */
    hosting?: boolean;
    citation: GuardCitation;
  }[];
  vocabulary: Set<string>;
  percents: Map<number, GuardCitation>;
  /** Documented mark-ups on list ("the EU region costs 10% more"): a price may be list times 1.10. */
  surcharges: Map<number, GuardCitation>;
  durations: Map<number, GuardCitation>;
  /** "4-15" and "2026-4-15" keys. */
  dates: Map<string, GuardCitation>;
  counts: Map<number, GuardCitation>;
  /** Every number a public document states (unit or not), with its sentence: "Business 700 per minute". */
  numbers: Map<number, FigureContext[]>;
  /** Durations with their sentence: "deleted within 60 days" is no "30-day trial". */
  durationContexts: Map<number, FigureContext[]>;
  years: Map<number, GuardCitation>;
  /** Rates a document states ("Fleet 300 per minute") as "300|minute", whatever they count. */
  rates: Map<string, GuardCitation>;
  /**
   * Which plans a percentage or number belongs to ("p:99.9" → Business, "n:700" → Business): the
   * nearest product named before it. `general` when a document also states it of no product.
   */
  owners: Map<string, { skus: Set<string>; general: boolean; citation: GuardCitation }>;
  /** Every quantity a public document states, with what it measures and the plans it holds for. */
  measures: Measure[];
  /** Opening hours a public document gives (clock times, weekdays), with the plans they hold for. */
  serviceHours: ServiceHours[];
  /** Fees priced by a band of some count ("Up to 20,000 records: NZD 1,500"). */
  feeBands: FeeBand[];
  /** Nouns public documents count ("3,000 invoices", "5 levels") → the numbers they give them. */
  quantities: Map<string, Map<number, GuardCitation>>;
  money: MoneyFact[];
  /** Products sold on top of a plan ("add-on for Growth and Scale", listed under "Add-ons"). */
  addOns: Set<string>;
  /** Add-ons a document limits to some plans; any other add-on may be bought with any plan. */
  limitedAddOns: Set<string>;
  /** Products a plan includes at no charge ("Premium Support: included with Enterprise"). */
  includedWith: Map<string, Set<string>>;
  policy: ConfidentialText[];
  competitorText: ConfidentialText[];
  /** Every sentence of a page for the sales team (internal pages, battlecards), whole: their names and sums. */
  internalSentences?: ConfidentialText[];
  discounts: DiscountPolicy;
  /** Features the documents tie to some plans, to every plan, or to none ("there is no …"). */
  planGates: PlanGate[];
};

// Wording meant for the sales team inside a public document: approval rules, floors, margins.
// ("approval workflows" is a product feature, so approval counts only as someone's approval; "priced
// by the deal desk" tells the customer who prices a custom option, which is no rule for reps.)
const INTERNAL =
  /\b(?:reps?|sales reps?|account executives?|sales manager|manager's approval|(?:without|requires?|needs?|with) (?:\w+ ){0,2}approval|price floors?|floor price|walk[\s-]?away|margins?|internal(?:ly)? (?:only|use|policy|pricing|guidance|approval)|for internal use|do not share|don't share|not for (?:external|customer)|strictly confidential|confidential:|discount authority|escalat\w*|never offer|never quote)\b/i;
// ("internal comments" and "confidential data" are product words, not a note to the sales team.)
// A whole document meant for the sales team: a battlecard, or one marked internal.
const INTERNAL_DOCUMENT =
  /\binternal\b|\bconfidential\b|do not (?:share|forward|send)|never (?:quote|forward|share|send)|not for (?:external|customer)/i;

/** Whether nothing in this chunk's document may reach a customer or back a claim. */
export function isInternalDocument(chunk: Pick<KnowledgeChunk, 'kind' | 'documentTitle' | 'headingPath'>) {
  return (
    chunk.kind === 'battlecard' ||
    INTERNAL_DOCUMENT.test(`${chunk.documentTitle} ${chunk.headingPath[0] ?? ''}`)
  );
}

const IDENTITY_PROVIDERS = new Set([
  'okta',
  'azure-ad',
  'adfs',
  'active-directory',
  'google-workspace',
  'onelogin',
  'ping',
  'jumpcloud',
  'auth0',
  'duo',
  'keycloak',
  'cyberark',
  'shibboleth',
]);
/** Protocols that work only with the identity providers a document names beside them. */
export const IDENTITY_PROTOCOLS = new Set([
  'sso',
  'saml',
  'oidc',
  'scim',
  'user-provisioning',
  'jit-provisioning',
]);
export const isIdentityProvider = (id: string) => IDENTITY_PROVIDERS.has(id);

// "Apple iCloud is not supported", "we do not integrate with Clio": a product name a document rules out.
const NAME_WORD = String.raw`(?:[A-Z][\w.+&-]*|[a-z]+[A-Z][\w.+&-]*|\d+)`;
const NAME = String.raw`\b((?:[A-Z][\w.+&-]*|[a-z]+[A-Z][\w.+&-]*)(?:\s+${NAME_WORD}){0,3})`;
const DENIED_NAME = new RegExp(
  String.raw`${NAME}\s+(?:is|are)\s+not\s+(?:supported|available|offered|included|possible)\b|\b(?:does not|doesn't|do not|don't|cannot|can't)\s+(?:support|integrate with|sync with|connect to|work with|offer)\s+${NAME}`,
  'g',
);

// "It has no GDS connection (Amadeus, Sabre, Travelport)": the brackets name what the denial covers.
const DENIED_EXAMPLES =
  /\b(?:has|have|with|offers?|holds?|there (?:is|are))\s+no\s+[^().;:]{1,40}?\(([^()]+)\)/gi;
const EXAMPLE_NAME = /^\p{Lu}[\p{L}\d.+&-]*(?:\s+\p{Lu}[\p{L}\d.+&-]*){0,2}$/u;

/** The proper names a denied bracket lists: "Amadeus, Sabre and Travelport". */
function deniedExamples(text: string): string[] {
  return [...text.matchAll(DENIED_EXAMPLES)].flatMap((m) =>
    m[1]!
      .split(/\s*,\s*|\s+(?:and|or)\s+/)
      .map((name) => name.trim())
      .filter((name) => EXAMPLE_NAME.test(name)),
  );
}

/** Editions that change what a named product is: "Jira Data Center" is not "Jira Cloud". */
export const QUALIFIER =
  /^[\s-]*(Desktop|Online|Server|Data Center|Cloud|Classic|Express|Self-Managed|On-?Prem(?:ise|ises)?|Community|Lite)\b/i;

// "## In every edition", "## Included on all plans" (not "What each plan includes"): what the section
// says holds for the product as a whole.
const EVERY_PLAN_HEADING =
  /^\W*(?:(?:included\s+)?(?:in|on|with|across|for)\s+)?(?:every|all)\s+(?:of\s+(?:our|the)\s+)?(?:plans?|editions?|tiers?)\W*$/i;

/** Meaningful words: not function words, not everyday sales words, no figures. */
export const topicStems = (text: string) =>
  new Set(stems(text).filter((w) => w.length > 2 && !GENERIC_STEMS.has(w) && !/\d/.test(w)));
const ABOUT_US = /\b(?:we|our|ours|us)\b/i;
const ABOUT_THEM = /\b(?:they|their|theirs|them)\b/i;

export type FactsInput = {
  chunks: readonly KnowledgeChunk[];
  catalog: ProductCatalog;
  sellerName: string;
  competitors: readonly string[];
  productDescriptions: readonly { sku: string; description: string }[];
};

export function buildKnowledgeFacts(input: FactsInput): KnowledgeFacts {
  const { catalog } = input;
  const facts: KnowledgeFacts = {
    terms: new Map(),
    denied: new Map(),
    termProducts: new Map(),
    generalTerms: new Set(),
    termPairs: new Set(),
    termExcluded: new Map(),
    qualified: new Map(),
    deniedNames: new Map(),
    sentenceStems: [],
    publicWords: new Set(),
    includes: new Map([...catalog.includes].map(([k, v]) => [k, new Set(v)])),
    places: new Map(),
    placeProducts: new Map(),
    placeLists: [],
    vocabulary: new Set(stems(`${input.sellerName} ${catalog.products.map((p) => p.name).join(' ')}`)),
    percents: new Map(),
    surcharges: new Map(),
    durations: new Map(),
    dates: new Map(),
    counts: new Map(),
    numbers: new Map(),
    durationContexts: new Map(),
    years: new Map(),
    rates: new Map(),
    owners: new Map(),
    quantities: new Map(),
    measures: [],
    serviceHours: [],
    feeBands: [],
    money: [],
    addOns: new Set(),
    limitedAddOns: new Set(),
    includedWith: new Map(),
    policy: [],
    competitorText: [],
    internalSentences: [],
    discounts: { repLimit: undefined, programmes: [] },
    planGates: [],
    termPlaces: new Map(),
  };
  const discountSentences: PolicySentence[] = [];

  for (const p of catalog.products) {
    const citation = recordCitation('product', p.sku, `price book: ${p.name}`, {
      quote: `${p.name}: ${p.listPrice} ${p.currency}`,
    });
    facts.money.push({ value: p.listPrice, period: p.period, skus: [p.sku], citation });
  }
  for (const { sku, description } of input.productDescriptions) {
    readIncluded(facts, sku, description, catalog.mentions(description));
    // "Cold Chain Compliance add-on" is one by its name, whatever its description says.
    if (/\badd-?on\b/i.test(`${catalog.bySku.get(sku)?.name ?? ''} ${description}`)) {
      facts.addOns.add(sku);
      offerAddOn(facts, sku, description, catalog.mentions(description));
    }
    const citation = recordCitation('product', sku, `price book: ${catalog.bySku.get(sku)?.name ?? sku}`, {
      quote: description,
    });
    const clause = { text: description, start: 0, end: description.length };
    readClause(facts, catalog, clause, citation, [sku]);
    readSentence(facts, description, citation);
    readFigures(facts, description, citation, [sku], [sku], catalog.metered);
  }

  const shareable = shareableDocuments(input.chunks);
  for (const chunk of input.chunks) {
    const section = sectionScope(catalog, chunk.headingPath.at(-1) ?? '');
    const headingSkus = section?.absent ? [] : nearestHeadingSkus(catalog, chunk);
    const everyPlanSection = EVERY_PLAN_HEADING.test(chunk.headingPath.at(-1) ?? '');
    const internalDocument = isInternalDocument(chunk);
    let lastProtocols: string[] = [];
    const battlecard = chunk.kind === 'battlecard';
    if (!internalDocument) for (const word of stems(chunk.headingPath.join(' '))) facts.vocabulary.add(word);
    let question = '';
    const chunkText = linearizeTables(chunk.text);
    const pageZone = zonesNamedIn(chunk.text)[0];
    if (!internalDocument && !battlecard && chunk.kind !== 'contract')
      facts.feeBands.push(...readFeeBands(chunk.text, (row) => chunkCitation(chunk, row)));
    // "- VetPulse: … Had a nine-hour outage in August.": a battlecard line's later sentences keep its subject.
    let themUntil = -1;
    let subject: string | undefined;
    for (const sentence of splitSentences(chunkText)) {
      const citation = chunkCitation(chunk, sentence.text);
      // A FAQ question holds for every sentence of its answer, up to the next question.
      if (sentence.text.trimEnd().replace(/\*+$/, '').endsWith('?')) question = sentence.text;
      const asked = question === sentence.text ? '' : question;
      if (internalDocument || battlecard)
        facts.internalSentences?.push(confidential(sentence.text, citation));
      // A page for the sales team backs no claim: all of it is confidential, and none of it is evidence.
      // "8 further points off" is a discount counted in points.
      // "Programmes are never combined" is a discount rule that names no discount.
      const aboutDiscounts =
        /%|percent|discount|reduction|\bpoints\b|\bcombin|\bstack/i.test(sentence.text) ||
        SHARE_IN_WORDS.test(sentence.text);
      if (internalDocument && !battlecard) {
        facts.policy.push(confidential(sentence.text, citation));
        // How far a rep may go alone is the sales team's rule, and the one drafts are held to.
        if (aboutDiscounts)
          discountSentences.push({ text: sentence.text, citation, products: [], internal: true });
        continue;
      }
      // A page the customer may read is public in every word, its rules included.
      if (!battlecard) for (const w of stems(sentence.text)) facts.publicWords.add(w);
      // A rule on a page cleared for customers ("beyond 10% needs approval") is theirs to read.
      const internal = !battlecard && !shareable.has(chunk.documentId) && INTERNAL.test(sentence.text);
      if (internal) facts.policy.push({ ...confidential(sentence.text, citation), customerFacing: true });
      if (!internal && !battlecard)
        for (const m of sentence.text.matchAll(SURCHARGE))
          if (!facts.surcharges.has(Number(m[1]))) facts.surcharges.set(Number(m[1]), citation);
      if (aboutDiscounts)
        discountSentences.push({
          text: sentence.text,
          citation,
          products: catalog.mentions(sentence.text),
          heading: chunk.headingPath.at(-1) ?? '',
        });
      const sentenceProducts = outsideTerms(catalog.mentions(sentence.text), sentence.text);
      const listed = sentenceProducts[0];
      if (
        listed &&
        /\badd-?ons?\b/i.test(chunk.headingPath.at(-1) ?? '') &&
        listed.start < 40 &&
        listsAddOn(sentence.text, listed)
      )
        facts.addOns.add(listed.sku);
      if (!internal && !battlecard && listed && facts.addOns.has(listed.sku))
        offerAddOn(facts, listed.sku, sentence.text, sentenceProducts.slice(1));
      if (!internal && !battlecard && listed)
        readIncluded(facts, listed.sku, sentence.text, sentenceProducts.slice(1));
      if (!battlecard && !internal) {
        lastProtocols = pairAcrossSentences(facts, sentence.text, lastProtocols);
        // A FAQ answer says what its question asks about: "What support is there? Command adds phone…".
        const context = asked
          ? `${chunk.headingPath.at(-1) ?? ''} ${asked}`
          : (chunk.headingPath.at(-1) ?? '');
        const plans = sentenceProducts.filter((m) => !isBaseMention(sentence.text, m)).map((m) => m.sku);
        readSentence(facts, sentence.text, citation, context, plans);
        facts.planGates.push(...readPlanGates(catalog, sentence.text, citation, asked));
        if (section) facts.planGates.push(...readSectionGates(catalog, section, sentence.text, citation));
        // One customer's order form states their deal, not what the product gives everyone.
        if (chunk.kind !== 'contract') {
          facts.measures.push(
            ...readMeasures(sentence.text, context, sentenceProducts, citation, catalog.metered),
          );
          facts.serviceHours.push(...readServiceHours(sentence.text, plans, citation, pageZone));
        }
        learnInclusions(catalog, sentence.text, facts.includes);
      }
      for (const clause of splitClauses(sentence)) {
        if (battlecard) {
          const sameLine = themUntil >= 0 && !chunkText.slice(themUntil, clause.start).includes('\n');
          const ours = ABOUT_US.test(clause.text);
          const named = input.competitors.find((c) => clause.text.includes(c));
          const carried = !named && sameLine && !ours;
          const aboutThem = named !== undefined || ABOUT_THEM.test(clause.text) || carried;
          if (named) subject = named;
          themUntil = aboutThem ? clause.end : -1;
          // "Had a nine-hour outage": said of the competitor the line began with.
          if (aboutThem) {
            const said = confidential(
              carried && subject ? `${subject}: ${clause.text}` : clause.text,
              citation,
            );
            facts.competitorText.push(
              carried && subject ? { ...said, subject: new Set(stems(subject)) } : said,
            );
          }
          if (aboutThem || !ours) continue;
        }
        // A clause names its product (not one named only as a base: "Business plus SCIM"), or the
        // sentence did just before it ("Enterprise: $65 per seat"), or the heading above the passage did.
        const local = clause.start - sentence.start;
        const named = outsideTerms(catalog.mentions(clause.text), clause.text);
        // Plans a clause rules out ("on Team and Business (not Starter)") are none of its subjects.
        const excluded = named.filter((m) => isNegatedAt(clause.text, m.start, m.end));
        const subjects = named.filter((m) => !isBaseMention(clause.text, m) && !excluded.includes(m));
        const own = subjects.map((m) => m.sku);
        const earlier = sentenceProducts.filter((m) => m.start < local).pop();
        // "Enterprise: …, SCIM, audit log, Premium Support included": the row's plan stays the subject
        // of a list that only mentions another product further on.
        const listed = earlier && subjects.length > 0 && subjects[0]!.start > 12 ? [earlier.sku] : [];
        const skus =
          own.length > 0
            ? [...new Set([...listed, ...own])]
            : earlier
              ? listEndingAt(sentence.text, sentenceProducts, earlier).map((m) => m.sku)
              : named.length > excluded.length
                ? named.filter((m) => !excluded.includes(m)).map((m) => m.sku)
                : headingSkus;
        if (!internal)
          for (const m of matchTerms(clause.text))
            for (const x of excluded) addTo(facts.termExcluded, m.term.id, x.sku);
        // A rule for the sales team ("a waived fee needs approval") offers nothing to a customer.
        if (internal) continue;
        readClause(
          facts,
          catalog,
          clause,
          citation,
          // Under "In every edition", a product named in passing ("with an SMS bundle") gates nothing.
          everyPlanSection ? [] : withHigherPlans(facts, catalog, clause.text, named, skus),
          chunk.kind === 'contract',
          section?.absent === true || answeredNo(sentence, clause),
          labelsFigure(sentence, clause),
        );
        // A price belongs to the product named before it: "Capture: $15 a seat, on Growth and Scale".
        const before = sentenceProducts.filter((m) => m.start < local);
        const priceSkus =
          before.length > 0 && !named.some((m) => m.start < clause.text.search(/[$€£]|\d/))
            ? [before[before.length - 1]!.sku]
            : skus;
        readFigures(
          facts,
          clause.text,
          citation,
          skus,
          labelledProduct(catalog, input.sellerName, clause.text, priceSkus) ?? priceSkus,
          catalog.metered,
          sentence.text.slice(0, local),
          catalog,
        );
        readOwners(facts, clause.text, citation, named, skus);
      }
    }
  }
  namedAfterTerms(facts, catalog, input.productDescriptions);
  facts.discounts = readDiscountPolicy(discountSentences);
  return facts;
}

const LABEL_FILLER = new Set(['fee', 'one', 'off', 'time', 'price', 'cost', 'charg']);

/**
 * "Payroll: …; Onboarding fee (one-off): €6,500": a row's product and a column's label together name
 * another product of the price book ("Onboarding, Payroll"), which is the one the amount prices.
 */
export function labelledProduct(
  catalog: ProductCatalog,
  sellerName: string,
  clause: string,
  rowSkus: readonly string[],
): string[] | undefined {
  const label = /^\s*([^:$€£\d]{3,40}):/.exec(clause)?.[1];
  if (!label || rowSkus.length !== 1) return undefined;
  const seller = new Set(stems(sellerName));
  const own = (name: string) => stems(name).filter((w) => !seller.has(w));
  const labelWords = own(label).filter((w) => !LABEL_FILLER.has(w) && !STOPWORDS.has(w));
  const row = catalog.bySku.get(rowSkus[0]!);
  if (!row || labelWords.length === 0) return undefined;
  const rowWords = own(row.name);
  const found = catalog.products.filter((p) => {
    if (p.sku === row.sku) return false;
    const words = own(p.name);
    return (
      words.length > 0 &&
      words.every((w) => labelWords.includes(w) || rowWords.includes(w)) &&
      words.some((w) => labelWords.includes(w)) &&
      words.some((w) => rowWords.includes(w))
    );
  });
  return found.length === 1 ? [found[0]!.sku] : undefined;
}

/**
 * A sentence under an "Add-ons" heading lists an add-on when it is the product's own row or prices it
 * ("Expenses: €3 per user"); "Payroll includes one entity", a remark on a plan there, lists none.
 */
export function listsAddOn(text: string, product: { end: number }): boolean {
  return (
    /^\s*[:|\u2013\u2014-]/.test(text.slice(product.end)) || figuresOf(text).some((f) => f.type === 'money')
  );
}

/**
 * A product named like a capability ("Priority support", "Premium Support") is that capability: the
 * price book documents it for the product itself and for the plans its description sells it on
 * ("On Professional; included with Enterprise").
 */
function namedAfterTerms(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  descriptions: readonly { sku: string; description: string }[],
) {
  for (const product of catalog.products) {
    const named = matchTerms(product.name).filter((m) => m.end - m.start >= product.name.length / 2);
    if (named.length === 0) continue;
    const description = descriptions.find((d) => d.sku === product.sku)?.description ?? '';
    const plans = catalog
      .mentions(description)
      .filter((m) => m.sku !== product.sku && !isNegatedAt(description, m.start, m.end))
      .map((m) => m.sku);
    for (const m of named) {
      const set = facts.termProducts.get(m.term.id) ?? new Set<string>();
      for (const sku of [product.sku, ...plans]) set.add(sku);
      facts.termProducts.set(m.term.id, set);
    }
  }
}

type Reach = { start: number; end: number };

/** "BYOK on Enterprise, in the US and EU regions only": the places are all the feature is offered in. */
function limitsFeature(text: string, feature: Reach, place: Reach): boolean {
  if (isNegatedAt(text, feature.start, feature.end)) return false;
  return keptAt(text.slice(feature.end, place.start)) || /^[^.;:]*?\bonly\b/i.test(text.slice(place.end));
}

// "Backups are … copied to the Frankfurt region", "the recovery copy stays in Frankfurt": a verb of
// where a thing is kept names the one place it is, as "only" would.
const KEPT_AT = /\b(?:stays?|remains?|kept|held|stored|copied|replicated)\s+(?:in|to)\s+(?:the\s+)?$/i;
const keptAt = (between: string) => !/[.;]/.test(between) && KEPT_AT.test(between);

/** A short label clause ("- **SOC 2 Type II**") whose colon is followed by a denial. */
function answeredNo(sentence: Span, clause: Span): boolean {
  const label = clause.text.replace(/^[\s\-*•]+/, '').split(/\s+/).length <= 5;
  return label && answersNo(sentence.text.slice(clause.end - sentence.start));
}

/** A label clause ("- Single sign-on") whose colon is followed by a figure ("1 to 2 days"). */
function labelsFigure(sentence: Span, clause: Span): boolean {
  return /^[*_\s]*:\s*(?:about\s+|around\s+|up to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few)\b)/i.test(
    sentence.text.slice(clause.end - sentence.start),
  );
}

/**
 * The plans the passage is about: those of the nearest heading that names any, so "## Command only"
 * narrows a title that names every edition ("Editions: Crew, Dispatch and Command").
 */
function nearestHeadingSkus(
  catalog: ProductCatalog,
  chunk: Pick<KnowledgeChunk, 'documentTitle' | 'headingPath'>,
): string[] {
  for (const heading of [...chunk.headingPath].reverse()) {
    const named = catalog.mentions(heading);
    if (named.length > 0) return named.map((m) => m.sku);
  }
  return catalog.mentions(chunk.documentTitle).map((m) => m.sku);
}

function confidential(text: string, citation: GuardCitation): ConfidentialText {
  return { text, stems: new Set(stems(text)), citation };
}

/** Terms, places, inclusions and vocabulary of one clause of a document or product description. */
function readClause(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  clause: Span,
  citation: GuardCitation,
  skus: string[],
  /** One customer's order form: where their plan is hosted is their choice, not a limit of the plan. */
  orderForm = false,
  /** Under "Not offered in any edition", or a label answered "not held yet": all it names is denied. */
  deniedSection = false,
  /** "Single sign-on: 1 to 2 days": a label whose value is a figure says how long, not which plans. */
  timedOnly = false,
) {
  for (const t of tokenize(clause.text)) {
    facts.vocabulary.add(t.stem);
    facts.vocabulary.add(spellingStem(t.word));
  }
  learnInclusions(catalog, clause.text, facts.includes);
  const notYet = deniedSection || isNotYetAvailable(clause.text);
  for (const m of clause.text.matchAll(DENIED_NAME)) {
    const raw = (m[1] ?? m[2] ?? '').trim();
    // A name, not a capitalised common word: two words ("Apple iCloud") or capitals inside ("SAP", "iCloud").
    if (!/\s/.test(raw) && !/.\p{Lu}/u.test(raw)) continue;
    const name = raw.toLowerCase();
    if (name.length > 2 && !facts.deniedNames.has(name)) facts.deniedNames.set(name, citation);
  }
  for (const name of deniedExamples(clause.text)) {
    const key = name.toLowerCase();
    if (key.length > 2 && !facts.deniedNames.has(key)) facts.deniedNames.set(key, citation);
  }
  const matches = matchTerms(clause.text);
  for (const match of matches) {
    const qualifier = QUALIFIER.exec(clause.text.slice(match.end));
    const denied = notYet || isNegatedAt(clause.text, match.start, match.end + (qualifier?.[0].length ?? 0));
    if (qualifier) {
      const key = `${match.term.id}|${qualifier[1]!.toLowerCase()}`;
      if (!facts.qualified.has(key)) facts.qualified.set(key, { denied, citation });
    }
    // Said of no plan, and not asked ("Is there an uptime SLA?"): the term holds for the product as a whole.
    if (!denied && skus.length === 0 && !timedOnly && !clause.text.trimEnd().endsWith('?'))
      facts.generalTerms.add(match.term.id);
    if (denied) for (const sku of skus) addTo(facts.termExcluded, match.term.id, sku);
    if (!denied) {
      for (const other of matches) {
        if (other !== match && !isNegatedAt(clause.text, other.start, other.end))
          facts.termPairs.add(`${match.term.id}|${other.term.id}`);
      }
    }
    const ids = [match.term.id, ...(denied ? [] : (match.term.implies ?? []))];
    for (const id of ids) {
      const target = denied ? facts.denied : facts.terms;
      if (!target.has(id)) target.set(id, citation);
      if (denied) continue;
      const products = facts.termProducts.get(id) ?? new Set<string>();
      for (const sku of skus) products.add(sku);
      if (skus.length > 0) facts.termProducts.set(id, products);
    }
  }
  // "Bring-your-own-key on Enterprise, in the US and EU regions": the places qualify a feature, and
  // say nothing about where other plans may be hosted.
  const qualifiedFeature = (at: number) =>
    matches.find(
      (m) =>
        m.term.category !== 'hosting' &&
        m.end <= at &&
        // "in the US and EU regions": the place list that follows "in" after the feature.
        /\bin\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/u.test(
          clause.text.slice(m.end, at),
        ),
    ) ?? matches.findLast((m) => m.term.category !== 'hosting' && keptAt(clause.text.slice(m.end, at)));
  // "US (Ohio), EU (Frankfurt) and Japan (Tokyo, Enterprise only)": a plan inside brackets limits
  // only what shares the brackets with it.
  const brackets = [...clause.text.matchAll(/\(([^()]*)\)/g)].map((m) => [m.index, m.index + m[0].length]);
  const bracketOf = (at: number) => brackets.findIndex(([s, e]) => at >= s! && at < e!);
  const mentions = catalog.mentions(clause.text);
  const bracketedOnly = mentions.length > 0 && mentions.every((m) => bracketOf(m.start) >= 0);
  const listed = matchPlaces(clause.text).filter((p) => !isNegatedAt(clause.text, p.start, p.end));
  if (!notYet && listed.length >= 2) {
    const own = new Set(stems(listed.map((p) => p.text).join(' ')));
    facts.placeLists?.push({
      placeIds: listed.map((p) => p.placeId),
      stems: new Set(
        stems(clause.text).filter((w) => !own.has(w) && !STOPWORDS.has(w) && !GENERIC_STEMS.has(w)),
      ),
      // Said of no plan: a plan's own list of regions is judged as the plan's hosting.
      hosting: skus.length === 0 && HOSTING_CUE.test(clause.text),
      citation,
    });
  }
  for (const place of matchPlaces(clause.text)) {
    if (notYet || isNegatedAt(clause.text, place.start, place.end)) continue;
    if (!facts.places.has(place.placeId)) facts.places.set(place.placeId, citation);
    const feature = qualifiedFeature(place.start);
    if (feature) {
      if (limitsFeature(clause.text, feature, place)) addTo(facts.termPlaces, feature.term.id, place.placeId);
      continue;
    }
    const bracket = bracketOf(place.start);
    const placeSkus = bracketedOnly
      ? mentions.filter((m) => bracket >= 0 && bracketOf(m.start) === bracket).map((m) => m.sku)
      : skus;
    if (placeSkus.length === 0 || orderForm) continue;
    const products = facts.placeProducts.get(place.placeId) ?? new Set<string>();
    for (const sku of placeSkus) products.add(sku);
    facts.placeProducts.set(place.placeId, products);
  }
}

/**
 * "Public help center on Team and above": the plan named and every plan that costs more per seat
 * (add-ons aside), which is what "and above" means in a price book.
 */
function withHigherPlans(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  text: string,
  named: readonly { sku: string; end: number }[],
  skus: string[],
): string[] {
  const base = named.find((m) =>
    /^\s*(?:and|or)\s+(?:above|up|higher|better|every (?:plan|tier) above)\b|^\s*\+/i.test(
      text.slice(m.end, m.end + 30),
    ),
  );
  const plan = base && catalog.bySku.get(base.sku);
  if (!plan) return skus;
  const higher = catalog.products.filter(
    (p) => !facts.addOns.has(p.sku) && p.perSeat && p.period === plan.period && p.listPrice > plan.listPrice,
  );
  return [...new Set([...skus, ...higher.map((p) => p.sku)])];
}

const INCLUDED_WITH =
  /\b[Ii]ncluded\b(?:\s+(?:at no (?:extra |additional )?(?:charge|cost)|free(?: of charge)?|as standard))?\s+(?:with|on|in)\s+(?:the\s+|all\s+|every\s+)?(?:\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$/u;

/** "Premium Support: …; included with Enterprise at no charge": the plans that include a product. */
function readIncluded(
  facts: KnowledgeFacts,
  sku: string,
  text: string,
  plans: readonly { sku: string; start: number; end: number }[],
) {
  for (const plan of plans) {
    // The plan must be what "included" is with ("included with Pro and Enterprise"), not a plan named
    // after another one ("5 included on Team, unlimited on Enterprise").
    if (plan.sku === sku || !INCLUDED_WITH.test(text.slice(0, plan.start))) continue;
    if (isNegatedAt(text, plan.start, plan.end)) continue;
    addTo(facts.includedWith, sku, plan.sku);
  }
}

/**
 * "Assist: $20 a seat, on Team, Business and Enterprise": what an add-on gives is available on those
 * plans, so a draft may say "Business customers get AI replies with Assist" (not "on Starter").
 */
function offerAddOn(
  facts: KnowledgeFacts,
  addOn: string,
  text: string,
  plans: readonly { sku: string; start: number; end: number }[],
) {
  for (const plan of plans) {
    if (plan.sku === addOn || isNegatedAt(text, plan.start, plan.end)) continue;
    // "included with Enterprise" makes it part of a plan, not a limit on who may buy it.
    if (!/\bincluded\b[^.;]{0,20}$/i.test(text.slice(0, plan.start))) facts.limitedAddOns.add(addOn);
    const set = facts.includes.get(plan.sku) ?? new Set<string>();
    set.add(addOn);
    facts.includes.set(plan.sku, set);
  }
}

/**
 * "SAML single sign-on on Business. Supported identity providers: Okta and OneLogin." pairs the
 * protocol of one sentence with the providers the next one lists. Returns the protocols to carry on.
 */
function pairAcrossSentences(facts: KnowledgeFacts, text: string, previous: string[]): string[] {
  const ids = matchTerms(text)
    .filter((m) => !isNegatedAt(text, m.start, m.end))
    .flatMap((m) => [m.term.id, ...(m.term.implies ?? [])]);
  const protocols = ids.filter((id) => IDENTITY_PROTOCOLS.has(id));
  const providers = ids.filter(isIdentityProvider);
  if (providers.length > 0 && protocols.length === 0)
    for (const p of previous) for (const q of providers) facts.termPairs.add(`${p}|${q}`);
  return protocols.length > 0 && providers.length === 0 ? protocols : [];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}

/** Product names that are part of a longer term are no product: "Business Associate Agreement". */
export function outsideTerms<T extends { start: number; end: number }>(mentions: T[], text: string): T[] {
  if (mentions.length === 0) return mentions;
  const terms = matchTerms(text);
  return mentions.filter(
    (m) => !terms.some((t) => t.start < m.end && t.end > m.start && t.end - t.start > m.end - m.start),
  );
}

/** Numbers, durations and years of a public sentence, each kept with what the sentence is about. */
function readSentence(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  heading = '',
  skus: readonly string[] = [],
) {
  const context = { stems: topicStems(text), citation };
  // The section a line sits under is part of what it says: "Encryption" over "Data at rest: AES-256".
  const words = new Set(stems(`${heading} ${text}`));
  if (FREE.test(text)) words.add('free');
  facts.sentenceStems.push({
    stems: words,
    citation,
    skus,
    ...(EVERY_PLAN_HEADING.test(heading) && { everyPlan: true }),
  });
  const masked = nonFigureSpans(text);
  for (const figure of figuresOf(text, masked)) {
    if (figure.type === 'year') {
      if (!facts.years.has(figure.value)) facts.years.set(figure.value, citation);
    } else if (figure.type === 'duration') {
      // "2 to 4 weeks" states every whole number of weeks in between.
      const range = RANGE_BEFORE.exec(text.slice(Math.max(0, figure.start - 16), figure.start));
      const low = range ? parseNumber(range[1]!) : undefined;
      const from = low !== undefined && low < figure.value && figure.value - low <= 24 ? low : figure.value;
      for (let v = from; v <= figure.value; v++) {
        const days = durationInDays(v === from ? from : v, figure.unit);
        facts.durationContexts.set(days, [...(facts.durationContexts.get(days) ?? []), context]);
        facts.durations.set(days, citation);
      }
    }
  }
  const plain = text.replace(/[\w.+-]+@[\w.-]+|https?:\/\/\S+/g, ' ');
  const all = { stems: new Set(stems(text)), citation };
  for (const n of new Set(bareNumbers(plain))) facts.numbers.set(n, [...(facts.numbers.get(n) ?? []), all]);
  for (const m of plain.matchAll(RATE)) {
    const value = parseNumber(m.groups!.num!);
    if (value !== undefined) facts.rates.set(`${value}|${m.groups!.per!.toLowerCase()}`, citation);
  }
  for (const q of [...quantitiesIn(plain), ...labelledQuantitiesIn(plain)]) {
    for (const noun of q.nouns) {
      const values = facts.quantities.get(noun) ?? new Map<number, GuardCitation>();
      if (!values.has(q.value)) values.set(q.value, citation);
      facts.quantities.set(noun, values);
    }
  }
}

// Ways of saying something costs nothing extra: "included at no charge", "complimentary".
const FREE = /\b(?:at no (?:extra |additional )?(?:charge|cost)|free of charge|complimentary|no charge)\b/i;

const RANGE_BEFORE = new RegExp(String.raw`\b(${NUMBER})\s*(?:to|-|–|—|or|and)\s*$`, 'i');

/** Records, for each percentage and number of a clause, the plan it is stated for. */
function readOwners(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  named: readonly { sku: string; start: number; end: number }[],
  skus: readonly string[],
) {
  const own = (key: string, at: number, end: number) => {
    // "5 levels on Growth" names its plan after the figure; "Growth: 5 levels" before it. (The words
    // between start after the figure: "99.9% on Practice" has a point of its own.)
    const after = named.find(
      (m) =>
        m.start >= end && /^[^,;.]{0,30}?\b(?:on|for|with|in)\s+(?:the\s+)?$/i.test(text.slice(end, m.start)),
    );
    const before = named.filter((m) => m.start < at).pop();
    const owner = after ?? before;
    const owners = owner ? plansJoinedTo(text, named, owner) : skus;
    const entry = facts.owners.get(key) ?? { skus: new Set<string>(), general: false, citation };
    if (owners.length === 0) entry.general = true;
    for (const sku of owners) entry.skus.add(sku);
    facts.owners.set(key, entry);
  };
  const masked = nonFigureSpans(text);
  for (const f of figuresOf(text, masked)) if (f.type === 'percent') own(`p:${f.value}`, f.start, f.end);
  for (const m of text.matchAll(OWNED_NUMBER)) {
    const value = parseNumber(m[0]);
    if (value !== undefined && !masked.some((x) => m.index >= x.start && m.index < x.end))
      own(`n:${value}`, m.index, m.index + m[0].length);
  }
}
const OWNED_NUMBER = new RegExp(String.raw`(?<![\w.,$€£/-])(?:${NUMBER})(?![\w%]|\.\d)`, 'gi');

/**
 * "Kitchen: Interac debit in person: 12¢ per transaction" (a table row read as a sentence): the label
 * right before a figure's cell, as meaningful stems; none where the figure follows no "label:".
 */
function cellLabel(
  text: string,
  at: number,
  catalog: ProductCatalog | undefined,
): ReadonlySet<string> | undefined {
  const before = text.slice(0, at);
  const cell = /(?:^|[;:])([^;:]{3,60}):\s*(?:[^;:]{0,12})$/.exec(before);
  if (!cell) return undefined;
  // "Stride: €59": the row's plan is no label of its first cell.
  const label = blankOut(cell[1]!, catalog?.mentions(cell[1]!) ?? []);
  const words = stems(label).filter((w) => !STOPWORDS.has(w) && !/\d/.test(w));
  return words.length > 0 ? new Set(words) : undefined;
}

/** Figures a document states outside internal wording: prices, percentages, durations, dates, counts. */
function readFigures(
  facts: KnowledgeFacts,
  text: string,
  citation: GuardCitation,
  skus: string[],
  priceSkus: string[] = skus,
  metered?: RegExp,
  /** The sentence's text before this clause, where a table cell's label may sit. */
  before = '',
  catalog?: ProductCatalog,
) {
  const masked = [...nonFigureSpans(text), ...matchTerms(text).filter((m) => /\d/.test(m.text))];
  for (const figure of figuresOf(text, masked, metered)) {
    switch (figure.type) {
      case 'money': {
        const label = cellLabel(`${before}${text}`, before.length + figure.start, catalog);
        facts.money.push({
          value: figure.value,
          ...(figure.currency ? { currency: figure.currency } : {}),
          period: figure.period,
          skus: priceSkus,
          citation,
          ...(figure.perQuantity ? { perQuantity: figure.perQuantity } : {}),
          ...(label ? { label } : {}),
        });
        if (figure.period === 'month') facts.durations.set(durationInDays(1, 'month'), citation);
        if (figure.period === 'year') facts.durations.set(durationInDays(1, 'year'), citation);
        break;
      }
      case 'percent':
        if (!facts.percents.has(figure.value)) facts.percents.set(figure.value, citation);
        break;
      case 'duration':
        facts.durations.set(durationInDays(figure.value, figure.unit), citation);
        break;
      case 'date':
        facts.dates.set(`${figure.month}-${figure.day}`, citation);
        if (figure.year) facts.dates.set(`${figure.year}-${figure.month}-${figure.day}`, citation);
        break;
      case 'count':
        facts.counts.set(figure.value, citation);
        break;
      default:
        break;
    }
  }
  for (const match of matchTerms(text)) {
    if (match.term.id === 'billing-year') facts.durations.set(durationInDays(1, 'year'), citation);
    if (match.term.id === 'billing-month') facts.durations.set(durationInDays(1, 'month'), citation);
    if (match.term.id === 'billing-quarter') facts.durations.set(durationInDays(3, 'month'), citation);
  }
}
