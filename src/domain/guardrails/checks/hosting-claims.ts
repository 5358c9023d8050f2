/** Hosting claims: documented places, and the places, key clouds and plans a hosting feature goes with. */
import { type DraftAnalysis, type DraftClause, productAt } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { productCovers } from '../index/product-catalog.ts';
import { finding, inClause } from '../support/findings.ts';
import { isCustomerOwned, isNegatedAt } from '../text/claim-context.ts';
import { LANGUAGES } from '../vocabulary/capability-lexicon.ts';
import type { TermMatch } from '../vocabulary/lexicon-matcher.ts';
import {
  HOSTING_CUE,
  matchPlaces,
  type PlaceMatch,
  placeAndAncestors,
  placeLabel,
} from '../vocabulary/places.ts';
import { predicateBefore } from './capability-frames.ts';

// "a German region", "French data centres": a language's name is a place only before where data is kept.
const HOSTED_NOUN =
  /^[\s-]+(?:(?:cloud|data|hosting)\s+)?(?:regions?|data ?cent(?:er|re)s?|hosting|servers?|cloud|instances?|infrastructure|facilit(?:y|ies)|soil|residency|availability zones?)\b/i;
const LANGUAGE_NAMES = new Set(LANGUAGES);

/** "Portuguese for the Brazilian stores wouldn't be covered": a language, which the language check judges. */
function isLanguageSaid(text: string, place: PlaceMatch): boolean {
  return LANGUAGE_NAMES.has(place.text) && !HOSTED_NOUN.test(text.slice(place.end));
}

/** "BYOK for your London data" where the documents offer BYOK "in the US and EU regions only". */
export function placeOutsideFeature(
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
export function cloudOutsideKeys(
  deal: DealContext,
  clause: DraftClause,
  term: TermMatch,
): GuardFinding | undefined {
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

export function placeProblems(
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
    if (isLanguageSaid(clause.text, place)) continue;
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
