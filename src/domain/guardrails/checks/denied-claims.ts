/** Claims a document denies outright: a certificate it says is not held, a name it says is unsupported. */

import { stem, stems } from '../../knowledge/text-tokens.ts';
import type { DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import { finding } from '../support/findings.ts';
import { isHedged, isNegatedAt } from '../text/claim-context.ts';
import { INTEGRATION_CUE } from '../vocabulary/capability-lexicon.ts';
import type { TermMatch } from '../vocabulary/lexicon-matcher.ts';
import { PASSIVE, PREDICATE } from './capability-frames.ts';

// "holds no PCI DSS certificate", "we do not hold ISO 27701": a page saying the seller lacks the certificate.
// "In Process, not authorized", "In progress, not certified": a status short of holding it.
const HOLDS_NONE =
  /\b(?:holds? no|(?:do|does) not hold|(?:don't|doesn't) hold|(?:is|are) not (?:certified|accredited|attested)|without (?:a|any) certificat|not (?:yet )?(?:certified|authori[sz]ed|accredited|attested)\b)/i;
const CERTIFIED_CLAIM =
  /\b(?:certified|certificat\w*|accredited|attested|attestation|compliant|audited|authori[sz](?:ed|ation))\b/gi;
// "until it's authorized", "once certified": a condition, no claim that it is held.
const CONDITION_BEFORE = /\b(?:until|once|when|if|unless|before)\s+(?:\S+\s+){0,2}$/i;

/** Whether the clause says a certificate is held: not under a condition, nor denied ("can't commit to an authorization date"). */
function claimsCertificate(text: string): boolean {
  return [...text.matchAll(CERTIFIED_CLAIM)].some(
    (m) =>
      !CONDITION_BEFORE.test(text.slice(0, m.index)) && !isNegatedAt(text, m.index, m.index + m[0].length),
  );
}

/**
 * "We're PCI DSS certified" where a page says we hold no PCI DSS certificate: a page may name the standard
 * elsewhere (its scope, a heading), but naming it is no certificate, and the denial decides the claim.
 */
export function certificateNotHeld(facts: DealContext['facts'], clause: DraftClause, term: TermMatch) {
  if (term.term.category !== 'certification' || !claimsCertificate(clause.text)) return undefined;
  // The page that names the standard may be the one that says it is not held yet.
  const denial = [facts.denied.get(term.term.id), facts.terms.get(term.term.id)].find(
    (c) => c?.quote !== undefined && HOLDS_NONE.test(c.quote),
  );
  if (!denial) return undefined;
  return { reason: `the documents say no "${term.text}" certificate is held`, citation: denial };
}

/** "we don't connect to the GDSs (Amadeus, Sabre)": a bracket names examples of what its lead-in denies. */
function bracketNegated(text: string, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.slice(open, at).includes(')')) return false;
  const lead = /\S+\s*$/.exec(text.slice(0, open));
  return lead !== null && isNegatedAt(text, lead.index, open);
}

// "On QuickBooks Desktop you'd export the ledger as CSV": the way round a missing connection, no claim of one.
const WORKAROUND = /\b(?:export(?:s|ed|ing)?|csv|spreadsheet|manual(?:ly)?|separately)\b/i;

// Ways a reply says a named thing works with us that no product verb carries: "sign in with Okta",
// "SkipTheDishes orders go straight to the terminal", "both delivery apps are covered".
const USE_FRAME =
  /\b(?:(?:sign|log)(?:s|ged|ging)?[\s-]+(?:in|on)|single sign-on|SSO|(?:go|goes|flow|flows|land|lands|come|comes|drop|drops|arrive|arrives|feed|feeds)\s+(?:straight\s+|directly\s+|automatically\s+)?(?:in)?to|(?:is|are)\s+(?:both\s+|all\s+|fully\s+)?covered|(?:is|are)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}solution)\b/i;

// "Sorrelby can submit your HUD TRACS vouchers", "we handle the filings": the product doing what the page says it does not.
const DOES_IT =
  /\b(?:can|will|['’]ll)\s+(?:also\s+)?(?:submit|file|handle|process|manage|generate|prepare|automate|take care of)\b|\b(?:we|it)\s+(?:also\s+)?(?:submit|file|handle|process|manage|automate)s?\b/i;

/** "Orbitly syncs with Apple iCloud" where a document says "Apple iCloud is not supported". */
export function deniedNameProblem(deal: DealContext, clause: DraftClause): GuardFinding | undefined {
  if (deal.facts.deniedNames.size === 0) return undefined;
  PREDICATE.lastIndex = 0;
  PASSIVE.lastIndex = 0;
  const frame =
    PREDICATE.test(clause.text) ||
    PASSIVE.test(clause.text) ||
    INTEGRATION_CUE.test(clause.text) ||
    USE_FRAME.test(clause.text) ||
    DOES_IT.test(clause.text);
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
    const form = deal.facts.deniedNameForms?.get(name);
    if (form && !clause.text.startsWith(form, at)) continue;
    if (isNegatedAt(clause.text, at, at + name.length) || bracketNegated(clause.text, at)) continue;
    if (WORKAROUND.test(clause.text)) continue;
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

// "clinicians can record a session", "we'll file the vouchers", "sessions are recorded": the product doing it.
const DOES_VERB =
  /\b(?:can|could|will|['’]ll|we|it|lets?\s+(?:you|them|\w+)|allows?\s+(?:you|them|\w+)\s+to)\s+(?:also\s+|now\s+|easily\s+|automatically\s+)?([a-z]{4,})\b|\b(?:is|are|gets?|can be|will be)\s+(?:also\s+|automatically\s+)?([a-z]{4,}ed)\b/gi;

/**
 * "We integrate with Microsoft Intune" where the page denies "Microsoft Configuration Manager": the
 * word shared with the denial starts a name that goes on in words the denial does not use.
 */
function namesOther(sentence: string, word: string, denial: ReadonlySet<string>): boolean {
  const words = sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some(
    (w, i) => stem(w) === word && /^\p{Lu}/u.test(words[i + 1] ?? '') && !denial.has(stem(words[i + 1]!)),
  );
}

/**
 * "Clinicians can record a session" where a page says "we do not record visits, on any edition": the
 * draft says the product does what a page rules out, in a sentence about the same thing.
 */
export function deniedActionProblem(deal: DealContext, clause: DraftClause): GuardFinding | undefined {
  const { deniedActions } = deal.facts;
  if (deniedActions.length === 0 || clause.question || isHedged(clause.text)) return undefined;
  const about = new Set(stems(clause.sentence.text));
  for (const m of clause.text.matchAll(DOES_VERB)) {
    const word = (m[1] ?? m[2])!;
    const verb = stem(word);
    const denial = deniedActions.find(
      (a) =>
        a.verb === verb &&
        [...a.topic].some(
          (w) => about.has(w) && !namesOther(clause.sentence.text, w, new Set(stems(a.citation.quote ?? ''))),
        ),
    );
    if (!denial) continue;
    const at = m.index + m[0].length - word.length;
    if (isNegatedAt(clause.text, at, m.index + m[0].length)) continue;
    const start = clause.start + at;
    const text = clause.text.slice(at, m.index + m[0].length);
    return finding(
      'claim',
      'block',
      { field: clause.field, start, end: start + text.length, text },
      'denied',
      `the documents say this is never done: "${denial.citation.quote ?? denial.citation.label}"`,
      denial.citation,
    );
  }
  return undefined;
}
