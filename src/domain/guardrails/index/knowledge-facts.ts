/** What the current documents and the price book establish, indexed for the claim checks. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import { stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import type { Period } from '../text/figures.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import type { DiscountPolicy } from './discount-policy.ts';
import type { FeeBand } from './fee-bands.ts';
import type { Measure } from './measures.ts';
import type { PlanGate } from './plan-gates.ts';
import type { ProductCatalog } from './product-catalog.ts';
import type { ServiceHours } from './service-hours.ts';

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
  /** An amount worked out for this many (graduated tiers): never multiplied by a count again. */
  forCount?: number;
};

export type DeniedAction = { verb: string; topic: ReadonlySet<string>; citation: GuardCitation };

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
  /** What a page says the product never does ("we do not record visits"): the verb's stem and what the sentence is about. */
  deniedActions: DeniedAction[];
  /** Denied names a "Not supported" list gives, as written there: a draft names them only so ("Make", not "make"). */
  deniedNameForms?: Map<string, string>;
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
  /** Quantities an account's own order form states: they back what is said of that account's deal only. */
  contractMeasures: Measure[];
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
  /**
   * "included with Enterprise at 100+ seats" → `includedFrom.get("ONBOARD|ENT") = 100`: the fewest seats
   * a plan includes a product from; Infinity where the inclusion has a condition no count can meet.
   */
  includedFrom: Map<string, number>;
  policy: ConfidentialText[];
  competitorText: ConfidentialText[];
  /** Every sentence of a page for the sales team (internal pages, battlecards), whole: their names and sums. */
  internalSentences?: ConfidentialText[];
  discounts: DiscountPolicy;
  /** Features the documents tie to some plans, to every plan, or to none ("there is no …"). */
  planGates: PlanGate[];
};

/** Meaningful words: not function words, not everyday sales words, no figures. */
export const topicStems = (text: string) =>
  new Set(stems(text).filter((w) => w.length > 2 && !GENERIC_STEMS.has(w) && !/\d/.test(w)));

export type FactsInput = {
  chunks: readonly KnowledgeChunk[];
  catalog: ProductCatalog;
  sellerName: string;
  competitors: readonly string[];
  productDescriptions: readonly { sku: string; description: string }[];
};
