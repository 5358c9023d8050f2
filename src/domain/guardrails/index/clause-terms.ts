/** What one clause of a document establishes: its terms, places, denied names and identity pairings. */
import { STOPWORDS, stems, tokenize } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { isNegatedAt, isNotYetAvailable } from '../text/claim-context.ts';
import type { Span } from '../text/sentences.ts';
import { spellingStem } from '../text/spelling.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { matchTerms, matchTermsNested, type TermMatch } from '../vocabulary/lexicon-matcher.ts';
import { HOSTING_CUE, matchPlaces } from '../vocabulary/places.ts';
import type { KnowledgeFacts } from './knowledge-facts.ts';
import { learnInclusions, type ProductCatalog } from './product-catalog.ts';

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

// "Azure Key Vault, Google Cloud KMS and on-premises HSMs are not supported": a list denied as one.
const DENIED_LIST =
  /((?:[^,.;:()]+,\s*)+[^,.;:()]+?\s+(?:and|or)\s+[^,.;:()]+?)\s+are\s+not\s+(?:supported|available|offered)\b(?!\s+(?:on|in|with|for)\s)/g;

/** The proper names a denied bracket or a denied list gives: "Amadeus, Sabre and Travelport". */
function deniedExamples(text: string): string[] {
  return [...text.matchAll(DENIED_EXAMPLES), ...text.matchAll(DENIED_LIST)].flatMap((m) =>
    m[1]!
      .split(/\s*,\s*|\s+(?:and|or)\s+/)
      .map((name) => name.trim())
      .filter((name) => EXAMPLE_NAME.test(name)),
  );
}

/** Editions that change what a named product is: "Jira Data Center" is not "Jira Cloud". */
export const QUALIFIER =
  /^[\s-]*(Desktop|Online|Server|Data Center|Cloud|Classic|Express|Self-Managed|On-?Prem(?:ise|ises)?|Community|Lite)\b/i;

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

/** Terms, places, inclusions and vocabulary of one clause of a document or product description. */
export function readClause(
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
  const ours = (name: string) => catalog.mentions(name).some((p) => p.end - p.start === name.length);
  for (const m of clause.text.matchAll(DENIED_NAME)) {
    const raw = (m[1] ?? m[2] ?? '').trim();
    // A name, not a capitalised common word: two words ("Apple iCloud") or capitals inside ("SAP", "iCloud").
    if (!/\s/.test(raw) && !/.\p{Lu}/u.test(raw)) continue;
    // "Privileged Access is not available on Access": one of ours, kept from a plan, is denied nowhere else.
    if (ours(raw)) continue;
    const after = clause.text.slice(m.index + m[0].length);
    if (/^\s+(?:on|in|with|for)\s/i.test(after) && catalog.mentions(after.slice(0, 40)).length > 0) continue;
    const name = raw.toLowerCase();
    if (name.length > 2 && !facts.deniedNames.has(name)) facts.deniedNames.set(name, citation);
  }
  for (const name of deniedExamples(clause.text)) {
    if (ours(name)) continue;
    const key = name.toLowerCase();
    if (key.length > 2 && !facts.deniedNames.has(key)) facts.deniedNames.set(key, citation);
  }
  const matches = matchTermsNested(clause.text);
  const sameIdentityGroup = identityGroups(matches);
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
      // "SCIM provisioning (Okta, …)" pairs Okta with the user provisioning SCIM stands for, too.
      for (const other of matches) {
        if (other === match || isNegatedAt(clause.text, other.start, other.end)) continue;
        if (!sameIdentityGroup(match, other)) continue;
        for (const id of [match.term.id, ...(match.term.implies ?? [])])
          facts.termPairs.add(`${id}|${other.term.id}`);
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
 * "SAML single sign-on (Okta, Entra ID, Google Workspace) and SCIM provisioning (Okta, Entra ID)": each
 * identity provider goes with the protocols named last before it (the first ones, for providers named
 * before any), not with every protocol the clause names. Any other two terms of a clause pair freely.
 */
export function identityGroups(matches: readonly TermMatch[]): (a: TermMatch, b: TermMatch) => boolean {
  const group = new Map<TermMatch, number>();
  let current = 0;
  let providerSince = false;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (IDENTITY_PROTOCOLS.has(m.term.id)) {
      if (providerSince) current++;
      providerSince = false;
      group.set(m, current);
    } else if (isIdentityProvider(m.term.id)) {
      providerSince = true;
      group.set(m, current);
    }
  }
  return (a, b) => {
    const protocolAndProvider =
      (IDENTITY_PROTOCOLS.has(a.term.id) && isIdentityProvider(b.term.id)) ||
      (IDENTITY_PROTOCOLS.has(b.term.id) && isIdentityProvider(a.term.id));
    return !protocolAndProvider || group.get(a) === group.get(b);
  };
}

/**
 * "SAML single sign-on on Business. Supported identity providers: Okta and OneLogin." pairs the
 * protocol of one sentence with the providers the next one lists. Returns the protocols to carry on.
 */
export function pairAcrossSentences(facts: KnowledgeFacts, text: string, previous: string[]): string[] {
  const ids = matchTerms(text)
    .filter((m) => !isNegatedAt(text, m.start, m.end))
    .flatMap((m) => [m.term.id, ...(m.term.implies ?? [])]);
  const protocols = ids.filter((id) => IDENTITY_PROTOCOLS.has(id));
  const providers = ids.filter(isIdentityProvider);
  if (providers.length > 0 && protocols.length === 0)
    for (const p of previous) for (const q of providers) facts.termPairs.add(`${p}|${q}`);
  return protocols.length > 0 && providers.length === 0 ? protocols : [];
}

export function addTo(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
