/** Capability claims: every feature, certification, integration, region or offer a draft states must be documented. */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { GuardFinding } from '../guard-schema.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import {
  answersNo,
  introducesDenial,
  isAskingOnly,
  isHedged,
  reportsCustomer,
} from '../text/claim-context.ts';
import { HOSTING_CUE } from '../vocabulary/places.ts';
import { objectProblem } from './capability-objects.ts';
import { termProblem } from './capability-terms.ts';
import { deniedActionProblem, deniedNameProblem } from './denied-claims.ts';
import { placeProblems } from './hosting-claims.ts';
import { placeListProblem } from './place-lists.ts';
import { addOnPlanProblem, gatedWordsProblem } from './plan-bound-claims.ts';
import { planGateProblem } from './plan-gating.ts';

const NEGATIVE_ANSWER =
  /^\s*(?:no|not (?:yet|today|available|supported|offered)|unfortunately not|we don't|we do not)\b/i;
const SUBJECT_ASSERTS =
  /\b(?:yes|now|is|are|supports?|supported|includes?|included|offers?|available|certified|compliant|live|launch\w*|adds?|with)\b/i;

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
    // "- Google Drive and SharePoint sync: not supported": a list item's bullet is no word of its label.
    const label =
      clause.text.replace(/^[\s\-*•]+/, '').split(/\s+/).length <= 5 &&
      next?.sentence.start === clause.sentence.start;
    if (clause.reported || claimsNothing(clause) || (label && next && claimsNothing(next))) return;
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
    const listed = placeListProblem(deal, clause, HOSTING_CUE.test(clause.text), index.catalog.sharedUnits);
    if (listed && ours(listed.start - clause.start)) findings.push(listed);
    const addOn = addOnPlanProblem(index, deal, clause);
    if (addOn) findings.push(addOn);
    const denied = deniedNameProblem(deal, clause) ?? deniedActionProblem(deal, clause);
    if (denied) findings.push(denied);
    const gate =
      planGateProblem(index, deal, analysis, clause) ??
      joinedByColon(
        analysis,
        i,
        (c) => !c.reported && !claimsNothing(c),
        (joined) => planGateProblem(index, deal, analysis, joined),
      );
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

/**
 * "Good news on device trust: it's part of Access Plus", "Access Plus is an option: you'd still get
 * Canadian residency": a colon parts the feature from the plan it is given to. The two clauses are
 * judged as one where one names a single plan and the other none.
 */
function joinedByColon<T>(
  analysis: DraftAnalysis,
  i: number,
  claims: (c: DraftClause) => boolean,
  judge: (joined: DraftClause) => T | undefined,
): T | undefined {
  const clause = analysis.clauses[i]!;
  const before = analysis.clauses[i - 1];
  if (!before || before.field !== clause.field || before.sentence.start !== clause.sentence.start) return;
  const text = clause.field === 'subject' ? analysis.draft.subject : analysis.draft.body;
  if (!/^\s*:\s*$/.test(text.slice(before.end, clause.start)) || !claims(before) || !claims(clause)) return;
  // One side names one plan and the other none: "what Archive adds compared with Shelf: …" is no one plan's.
  if (new Set([...before.products, ...clause.products].map((p) => p.sku)).size !== 1) return;
  if (before.products.length > 0 === clause.products.length > 0) return;
  return judge({
    ...clause,
    start: before.start,
    text: text.slice(before.start, clause.end),
    terms: [...before.terms, ...clause.terms],
    figures: [...before.figures, ...clause.figures],
    products: [...before.products, ...clause.products],
  });
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
