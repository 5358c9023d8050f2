/** Reads the documents and the price book, sentence by sentence and clause by clause, into facts. */
import type { KnowledgeChunk } from '../../knowledge/knowledge-chunk.ts';
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { chunkCitation, recordCitation } from '../support/citations.ts';
import { answersNo, isNegatedAt } from '../text/claim-context.ts';
import { SHARE_IN_WORDS } from '../text/figures.ts';
import { type Span, splitClauses, splitSentences } from '../text/sentences.ts';
import { linearizeTables, withTableHeader } from '../text/tables.ts';
import { zonesNamedIn } from '../text/time-zones.ts';
import { matchTerms } from '../vocabulary/lexicon-matcher.ts';
import { linesSaid } from './billing-lines.ts';
import { addTo, pairAcrossSentences, readClause } from './clause-terms.ts';
import { deniedActionsIn } from './denied-actions.ts';
import { type PolicySentence, readDiscountPolicy } from './discount-policy.ts';
import { readFeeBands } from './fee-bands.ts';
import { INTERNAL, isInternalDocument } from './internal-documents.ts';
import type { ConfidentialText, FactsInput, KnowledgeFacts } from './knowledge-facts.ts';
import { hasName, listedNames, lowerCaseWords } from './listed-names.ts';
import { readMeasures } from './measures.ts';
import { readPlanGates, readSectionGates, sectionScope } from './plan-gates.ts';
import { isBaseMention, learnInclusions, listEndingAt, type ProductCatalog } from './product-catalog.ts';
import {
  includeWithEveryPlan,
  labelledProduct,
  listsAddOn,
  namedAfterTerms,
  offerAddOn,
  outsideTerms,
  readIncluded,
  sizeIncluded,
  withHigherPlans,
} from './product-facts.ts';
import { readServiceHours } from './service-hours.ts';
import { shareableDocuments } from './shareable-documents.ts';
import { EVERY_PLAN_HEADING, readFigures, readOwners, readSentence } from './stated-figures.ts';

const SURCHARGE = /\b(\d+(?:\.\d+)?)\s*%\s+(?:more|higher|above|extra|on top|uplift|surcharge|premium)\b/gi;

const NEGATION = /\b(?:no|not|never|without|cannot)\b|n't\b/i;

const ABOUT_US = /\b(?:we|our|ours|us)\b/i;
const ABOUT_THEM = /\b(?:they|their|theirs|them)\b/i;

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
    deniedActions: [],
    deniedNameForms: new Map(),
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
    contractMeasures: [],
    serviceHours: [],
    feeBands: [],
    money: [],
    addOns: new Set(),
    limitedAddOns: new Set(),
    includedWith: new Map(),
    includedFrom: new Map(),
    policy: [],
    competitorText: [],
    internalSentences: [],
    discounts: { repLimit: undefined, programmes: [] },
    planGates: [],
    termPlaces: new Map(),
  };
  const discountSentences: PolicySentence[] = [];
  const listedUnsupported: { name: string; citation: GuardCitation }[] = [];
  const affirmed: string[] = [];
  const lowerWords = new Set<string>(STOPWORDS);

  for (const p of catalog.products) {
    const citation = recordCitation('product', p.sku, `price book: ${p.name}`, {
      quote: `${p.name}: ${p.listPrice} ${p.currency}`,
    });
    facts.money.push({ value: p.listPrice, period: p.period, skus: [p.sku], citation });
  }
  const includedBySize = new Map<string, number>();
  for (const { sku, description } of input.productDescriptions) {
    readIncluded(facts, sku, description, catalog.mentions(description));
    const from = facts.includedWith.has(sku) ? undefined : sizeIncluded(description);
    if (from !== undefined) includedBySize.set(sku, from);
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
  for (const [at, chunk] of input.chunks.entries()) {
    const section = sectionScope(catalog, chunk.headingPath.at(-1) ?? '');
    const headingSkus = section?.absent ? [] : nearestHeadingSkus(catalog, chunk);
    const everyPlanSection = EVERY_PLAN_HEADING.test(chunk.headingPath.at(-1) ?? '');
    const internalDocument = isInternalDocument(chunk);
    let lastProtocols: string[] = [];
    const battlecard = chunk.kind === 'battlecard';
    if (!internalDocument) for (const word of stems(chunk.headingPath.join(' '))) facts.vocabulary.add(word);
    let question = '';
    // A long table is cut between passages: the rows of the second read under the first one's header.
    const before = input.chunks[at - 1];
    const chunkText = linearizeTables(
      withTableHeader(before?.documentId === chunk.documentId ? before.text : undefined, chunk.text),
    );
    lowerCaseWords(chunk.text, lowerWords);
    const pageZone = zonesNamedIn(chunk.text)[0];
    if (!internalDocument && !battlecard && chunk.kind !== 'contract')
      facts.feeBands.push(...readFeeBands(chunk.text, (row) => chunkCitation(chunk, row)));
    // "- VetPulse: … Had a nine-hour outage in August.": a battlecard line's later sentences keep its subject.
    let themUntil = -1;
    let subject: string | undefined;
    const sentences = splitSentences(chunkText);
    // "## Is there a free trial?" answered "Yes: 21 days…": the answer affirms what the heading asks.
    const heading = chunk.headingPath.at(-1) ?? '';
    const answer = /^[*_\s]*(yes|no)\b/i.exec(sentences[0]?.text ?? '')?.[1]?.toLowerCase();
    if (!internalDocument && !battlecard && answer && YES_NO_QUESTION.test(heading)) {
      const asked = heading.replace(/\?[*_\s]*$/, '.');
      readClause(
        facts,
        catalog,
        { text: asked, start: 0, end: asked.length },
        chunkCitation(chunk, heading),
        headingSkus,
        false,
        answer === 'no',
      );
    }
    for (const [k, sentence] of sentences.entries()) {
      const citation = chunkCitation(chunk, sentence.text);
      // "Do you have an on-premises version? No. Lanternfly is cloud-only.": the answer denies what was asked.
      const deniedByAnswer =
        YES_NO_QUESTION.test(sentence.text) && /^[*_\s]*no\b/i.test(sentences[k + 1]?.text ?? '');
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
      if (!battlecard)
        facts.deniedActions.push(...deniedActionsIn(sentence.text, input.sellerName, citation));
      const denying = section?.absent ? sentence.text : DENYING_LABEL.exec(sentence.text)?.[1];
      if (!battlecard && denying !== undefined)
        for (const name of listedNames(denying, (w) => lowerWords.has(w)))
          listedUnsupported.push({ name, citation });
      else if (!battlecard && !NEGATION.test(sentence.text)) affirmed.push(sentence.text.toLowerCase());
      // A rule on a page cleared for customers ("beyond 10% needs approval") is theirs to read.
      const internal = !battlecard && !shareable.has(chunk.documentId) && INTERNAL.test(sentence.text);
      if (internal) facts.policy.push({ ...confidential(sentence.text, citation), customerFacing: true });
      if (!internal && !battlecard)
        for (const m of sentence.text.matchAll(SURCHARGE))
          if (!facts.surcharges.has(Number(m[1]))) facts.surcharges.set(Number(m[1]), citation);
      // A battlecard's "multi-year deals usually land 20 to 30% off" is the competitor's discount, not ours.
      if (aboutDiscounts && !battlecard)
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
        const own = sentenceProducts.filter((m) => !isBaseMention(sentence.text, m)).map((m) => m.sku);
        // The heading's words are read with the sentence, and so are the plans it gives the section to.
        const plans = own.length === 0 && section && !section.absent ? section.skus : own;
        readSentence(facts, sentence.text, citation, context, plans);
        facts.planGates.push(...readPlanGates(catalog, sentence.text, citation, asked));
        if (section) facts.planGates.push(...readSectionGates(catalog, section, sentence.text, citation));
        // One customer's order form states their deal, not what the product gives everyone.
        const measures = readMeasures(sentence.text, context, sentenceProducts, citation, catalog.metered);
        if (chunk.kind === 'contract') facts.contractMeasures.push(...measures);
        else {
          facts.measures.push(...measures);
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
        // "Growth: Everything in Launch, plus …, and API access": the row's plan, not the base it builds on.
        const earlier = sentenceProducts
          .filter((m) => m.start < local && !isBaseMention(sentence.text, m))
          .pop();
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
                : (labelledPlans(catalog, sentence, clause) ?? headingSkus);
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
          (section?.absent === true && !offersWayRound(sentence.text)) ||
            answeredNo(sentence, clause) ||
            deniedByAnswer,
          labelsFigure(sentence, clause),
        );
        // A price belongs to the product named before it: "Capture: $15 a seat, on Growth and Scale".
        const before = sentenceProducts.filter((m) => m.start < local);
        const priceSkus = billedLines(
          catalog,
          before.length > 0 && !named.some((m) => m.start < clause.text.search(/[$€£]|\d/))
            ? [before[before.length - 1]!.sku]
            : skus,
          `${chunk.headingPath.at(-1) ?? ''} ${sentence.text}`,
        );
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
  for (const [sku, from] of includedBySize) includeWithEveryPlan(facts, catalog, sku, from);
  namedAfterTerms(facts, catalog, input.productDescriptions);
  addListedUnsupported(facts, catalog, input.sellerName, listedUnsupported, affirmed);
  facts.discounts = withoutSoldByWords(readDiscountPolicy(discountSentences), catalog, input.sellerName);
  return facts;
}

const YES_NO_QUESTION = /^[*_\s]*(?:do|does|is|are|can|could|will|would|have|has)\b.*\?[*_\s]*$/is;

// "Not supported today: NetSuite, Sage, Resy", "Not supported as connectors: Ellucian Banner": a label
// that denies the list after it, as a section would.
const DENYING_LABEL =
  /^[\s*_-]*(?:not (?:supported|available|offered)|unsupported)(?: today| yet| at the moment| (?:as|for) (?:an? )?[\w-]+)?[*_]*\s*:(.+)$/i;

/**
 * "A clinic that opened in the last 12 months": what the price book sells by ("per clinic") and the
 * seller's own name are in every draft, so they invoke no programme; its other words do.
 */
function withoutSoldByWords(
  policy: KnowledgeFacts['discounts'],
  catalog: ProductCatalog,
  sellerName: string,
): KnowledgeFacts['discounts'] {
  const everyday = new Set(
    stems(
      [
        sellerName,
        ...catalog.products.flatMap((p) => [
          p.unit ?? '',
          ...[...p.name.matchAll(/\bper\s+([\w-]+)/gi)].map((m) => m[1]!),
        ]),
      ].join(' '),
    ),
  );
  return {
    ...policy,
    programmes: policy.programmes.map((p) => ({
      ...p,
      conditionStems: p.conditionStems.filter((s) => !everyday.has(s)),
    })),
  };
}

/**
 * The names a "Not supported" section lists are denied, unless they are ours (a plan, the seller) or
 * another public page says something of them without a negation: then the documents disagree, and
 * neither side is held against a draft.
 */
function addListedUnsupported(
  facts: KnowledgeFacts,
  catalog: ProductCatalog,
  sellerName: string,
  listed: readonly { name: string; citation: GuardCitation }[],
  affirmed: readonly string[],
) {
  const seller = sellerName.toLowerCase();
  for (const { name: written, citation } of listed) {
    const name = written.toLowerCase();
    if (facts.deniedNames.has(name) || seller.includes(name) || catalog.mentions(name).length > 0) continue;
    if (affirmed.some((s) => hasName(s, name))) continue;
    facts.deniedNames.set(name, citation);
    // "Zapier and Make": a name that is also a word is one only as written ("if you make that move").
    facts.deniedNameForms?.set(name, written);
  }
}

// "Data for these systems can be moved with CSV exports or through our REST API": under a "Not supported"
// heading, the way round what is missing, which the page offers.
const WAY_ROUND = /\b(?:can be|you can|can use|instead|through our|using our|with our)\b/i;

function offersWayRound(sentence: string): boolean {
  return WAY_ROUND.test(sentence) && !NEGATION.test(sentence);
}

/**
 * A short label clause ("- **SOC 2 Type II**") whose colon is followed by a denial; a bracket of
 * examples does not lengthen it ("SAML single sign-on (Microsoft Entra ID, Okta, Google Workspace): no").
 */
function answeredNo(sentence: Span, clause: Span): boolean {
  const label =
    clause.text
      .replace(/\([^()]*\)/g, ' ')
      .replace(/^[\s\-*•]+/, '')
      .trim()
      .split(/\s+/).length <= 5;
  return label && answersNo(sentence.text.slice(clause.end - sentence.start));
}

// "HIPAA: on Enterprise only, once…": a label whose value opens by naming the plans that have it.
const PLANS_VALUE = /^[*_\s]*:\s*(?:available\s+|included\s+|offered\s+)?(?:on|with|in|for)\s+(?:the\s+)?$/i;

/** The plans a label's value gives it to ("HIPAA: on Enterprise only"), if that is how the value opens. */
function labelledPlans(catalog: ProductCatalog, sentence: Span, clause: Span): string[] | undefined {
  const value = sentence.text.slice(clause.end - sentence.start);
  const [first, ...rest] = catalog.mentions(value);
  if (!first || !PLANS_VALUE.test(value.slice(0, first.start))) return undefined;
  const list = [first];
  for (const m of rest) {
    if (!/^\s*(?:,\s*)?(?:and|or|&)?\s*$/i.test(value.slice(list.at(-1)!.end, m.start))) break;
    list.push(m);
  }
  return list.map((m) => m.sku);
}

/** A label clause ("- Single sign-on") whose colon is followed by a figure ("1 to 2 days"). */
function labelsFigure(sentence: Span, clause: Span): boolean {
  return /^[*_\s]*:\s*(?:about\s+|around\s+|up to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a few)\b)/i.test(
    sentence.text.slice(clause.end - sentence.start),
  );
}

/**
 * "### Billed monthly" over a row "Sentinel: £32.00": the row prices the plan's monthly-billing line,
 * not the annual one the plan's name stands for, when the heading or sentence tells the lines apart.
 */
function billedLines(catalog: ProductCatalog, skus: string[], said: string): string[] {
  if (skus.length !== 1 || !BILLING.test(said)) return skus;
  const lines = linesSaid(catalog, skus[0]!, said);
  const billed = lines.every((s) => BILLING.test(catalog.bySku.get(s)?.name ?? ''));
  return billed && lines.length < (catalog.lines.get(skus[0]!)?.length ?? 1) ? lines : skus;
}

const BILLING = /\b(?:billed|billing|monthly|annual(?:ly)?|yearly|prepa(?:id|y)|upfront)\b/i;

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
