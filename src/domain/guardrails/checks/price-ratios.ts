/**
 * "Annual billing is about 17% cheaper than monthly ($49 against $59)", "a 158% step up from Starter": a
 * percentage that compares two prices, worked out from them rather than offered or documented. Only two
 * prices the reader can see count: amounts stated in the same sentence or the one before, or the billing
 * variants of one plan those sentences name (Team annual and Team monthly). Any pair of a long price
 * list would back too many percentages to mean anything.
 */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { ProductCatalog } from '../index/product-catalog.ts';
import type { PercentFigure } from '../text/figures.ts';

// The comparison must be said of the percentage itself: "17% cheaper", "saves you about 20%", "a 158%
// increase". "17% off" is a discount, whatever two prices it happens to match.
const COMPARED_AFTER =
  /^\s*(?:cheaper|dearer|pricier|more|less|lower|higher|saving|savings|increase|decrease|difference|jump|step up|above|below)\b/i;
const COMPARED_BEFORE =
  /\b(?:saves?|saving|save you|cheaper by|more by|lower by|higher by|difference of|increase of|(?:an?|the)\s+)\s*(?:you\s+)?(?:about|around|roughly|nearly|almost|approximately|some|just (?:over|under))?\s*$/i;
const LOOSE =
  /\b(?:about|around|roughly|nearly|almost|approximately|approx\.?|some|just (?:over|under)|over|under|~)\s*$/i;

/** The plan a mention names without its billing words: "Lanternfly Team (annual billing)" → "lanternfly team". */
const family = (name: string) =>
  name
    .toLowerCase()
    .replace(
      /\((?:[^)]*\b(?:billing|billed|monthly|annual|yearly)\b[^)]*)\)|,?\s*\b(?:billed )?(?:monthly|annually|yearly)\b/g,
      '',
    )
    .trim();

/**
 * The clauses of a clause's sentence and the one before it: "Monthly is $59 a seat. Annual billing is
 * about 17% cheaper at $49" compares a price with one said just before.
 */
function nearbyClauses(analysis: DraftAnalysis, clause: DraftClause): DraftClause[] {
  const field = analysis.clauses.filter((c) => c.field === clause.field);
  const starts = [...new Set(field.map((c) => c.sentence.start))].sort((a, b) => a - b);
  const previous = starts[starts.indexOf(clause.sentence.start) - 1];
  return field.filter((c) => c.sentence.start === clause.sentence.start || c.sentence.start === previous);
}

function comparedPrices(catalog: ProductCatalog, analysis: DraftAnalysis, clause: DraftClause): number[][] {
  const sentence = nearbyClauses(analysis, clause);
  const stated = sentence.flatMap((c) => c.figures.flatMap((f) => (f.type === 'money' ? [f.value] : [])));
  const pairs: number[][] = [];
  for (let i = 0; i < stated.length; i++)
    for (let j = i + 1; j < stated.length; j++) pairs.push([stated[i]!, stated[j]!]);
  // Billing variants are compared only where the sentence speaks of billing ("yearly against monthly").
  const billing = /\b(?:monthly|yearly|annual(?:ly)?|billed|billing|month to month|up front|upfront)\b/i;
  const mentions = billing.test(clause.sentence.text) ? sentence.flatMap((c) => c.products) : [];
  for (const mention of mentions) {
    const named = catalog.bySku.get(mention.sku);
    if (!named) continue;
    const variants = catalog.products.filter(
      (p) => family(p.name) === family(named.name) && p.currency === named.currency,
    );
    for (let i = 0; i < variants.length; i++)
      for (let j = i + 1; j < variants.length; j++)
        pairs.push([variants[i]!.listPrice, variants[j]!.listPrice]);
  }
  return pairs;
}

/** Whether a percentage is the gap between two prices the sentence compares, either way round. */
export function isPriceRatio(
  catalog: ProductCatalog,
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
): boolean {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  const after = text.slice(figure.end, figure.end + 30);
  const before = text.slice(Math.max(0, figure.start - 30), figure.start);
  if (
    !COMPARED_AFTER.test(after) &&
    !(
      COMPARED_BEFORE.test(before) &&
      /^\s*(?:[,.;)]|$|(?:compared|than|versus|vs|against|over|on|a year|a month|per)\b)/i.test(after)
    )
  )
    return false;
  const tolerance = LOOSE.test(text.slice(Math.max(0, figure.start - 25), figure.start)) ? 1.5 : 0.5;
  return comparedPrices(catalog, analysis, clause).some(([a, b]) => {
    if (!a || !b || a === b) return false;
    const gap = Math.abs(a - b);
    return [gap / Math.max(a, b), gap / Math.min(a, b)].some(
      (r) => Math.abs(r * 100 - figure.value) <= tolerance,
    );
  });
}

// "roughly 2.81% effective", "it works out to about 3.6% overall": a rate worked out from amounts.
const EFFECTIVE_AFTER =
  /^\s*(?:effective(?:ly)?|overall|blended|all[\s-]in|in all|on average|of (?:the|your) (?:volume|sales|takings|revenue))\b/i;
const EFFECTIVE_BEFORE =
  /\b(?:works? out (?:to|at)|comes? (?:to|out at)|effective(?: rate)? of|blended rate of|average of)\s*(?:about|around|roughly|nearly|just (?:over|under)|some)?\s*$/i;

/**
 * "US$39,340 a month in all, roughly 2.81% effective" on US$1.12M and US$280,000 of card sales: an
 * effective rate, one amount the reader can see over another (or over two added up), to the digits
 * the percentage shows.
 */
export function isEffectiveRate(
  analysis: DraftAnalysis,
  clause: DraftClause,
  figure: PercentFigure,
): boolean {
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  if (
    !EFFECTIVE_AFTER.test(text.slice(figure.end, figure.end + 40)) &&
    !EFFECTIVE_BEFORE.test(text.slice(Math.max(0, figure.start - 40), figure.start))
  )
    return false;
  const decimals = /\.(\d+)/.exec(figure.text)?.[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  const amounts = nearbyClauses(analysis, clause).flatMap((c) =>
    c.figures.flatMap((f) => (f.type === 'money' ? [f.value] : [])),
  );
  const wholes = [...amounts];
  for (let i = 0; i < amounts.length; i++)
    for (let j = i + 1; j < amounts.length; j++) wholes.push(amounts[i]! + amounts[j]!);
  return amounts.some((part) =>
    wholes.some((whole) => whole > part && Math.abs((part / whole) * 100 - figure.value) <= tolerance),
  );
}
