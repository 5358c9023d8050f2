/** Where the CRM record disagrees with the facts: a past close date, a stage behind what happened, a stage held too long. */
import { parseDay } from '../dates/calendar.ts';
import { isCustomerWriting } from '../mail/read-activity.ts';
import { activityRef, type DealEvidence, dayHasCome, daysHavePassed, sentenceSpan } from './deal-evidence.ts';
import { hasCue } from './sentence-cues.ts';
import type { CrmHygieneSignal } from './signal-schema.ts';

const SIGNED =
  /\b(?:(?:we(?:'ve| have)?|i(?:'ve| have)?)\s+(?:just\s+)?(?:signed|countersigned|executed)|(?:signed|countersigned|executed) (?:copy|contract|order form|agreement|msa|sow|quote|paperwork)|(?:attached|attaching|here is|here's) (?:is )?(?:the |our )?(?:signed|executed|countersigned|po\b|purchase order)|(?:po|purchase order) (?:number )?(?:is|has been|was) (?:issued|attached|approved|sent|raised|cut)|docusign (?:is |has been )?(?:complete|completed|signed|done))\b/;
/** The customer is working through the paper itself: redlines, a marked-up order form, legal's comments on the contract. */
const PAPER_IN_REVIEW =
  /\b(?:redlines?|red-?lined|marked[- ]up|mark-?ups?|tracked changes|legal(?:'s)? comments)\b[^.?!]{0,50}\b(?:order form|contract|msa|master agreement|agreement|sow|statement of work|paperwork|terms and conditions|t&cs)\b|\b(?:order form|contract|msa|agreement|sow|paperwork)\b[^.?!]{0,40}\b(?:redlines?|red-?lined|marked[- ]up|mark-?ups?|tracked changes)\b/;
/** The stage where paper is negotiated, by its name in this pipeline. */
const PAPER_STAGE = /negotiat|contract|legal|closing|commit/i;
const HYPOTHETICAL =
  /\b(?:if|once|when|before|after|until|would|could|should|whether|unless|not yet|haven't|have not)\b[^.;]*$/;

export function extractCrmHygiene(e: DealEvidence): CrmHygieneSignal[] {
  const out: CrmHygieneSignal[] = [];
  const o = e.opportunity;
  if (dayHasCome(e, parseDay(o.closeDate) + 1)) {
    out.push({
      kind: 'crm_hygiene',
      issue: 'close_date_past',
      field: 'closeDate',
      detail: `close date ${o.closeDate} has passed`,
      refs: [{ type: 'opportunity', id: o.id, field: 'closeDate' }],
    });
  }
  if (o.contractEndDate && dayHasCome(e, parseDay(o.contractEndDate) + 1)) {
    out.push({
      kind: 'crm_hygiene',
      issue: 'contract_lapsed',
      field: 'contractEndDate',
      detail: `contract ended ${o.contractEndDate} and the renewal is still open`,
      refs: [{ type: 'opportunity', id: o.id, field: 'contractEndDate' }],
    });
  }
  for (const r of e.timeline) {
    const customerSigned =
      isCustomerWriting(r) &&
      r.sentences.find((s) => {
        if (s.question || !hasCue(s, 'signed') || e.ignored.has(s)) return false;
        const m = SIGNED.exec(s.lower);
        // "if we signed for three years", "once we have signed": a hypothesis, not a fact.
        return m !== null && !HYPOTHETICAL.test(s.lower.slice(0, m.index));
      });
    if (customerSigned) {
      out.push({
        kind: 'crm_hygiene',
        issue: 'stage_behind',
        field: 'stage',
        detail: `the customer says it is signed, but the deal is still in ${o.stage}`,
        refs: [activityRef(r), { type: 'opportunity', id: o.id, field: 'stage' }],
        span: sentenceSpan(r, customerSigned),
      });
      break;
    }
  }
  if (!out.some((c) => c.issue === 'stage_behind')) {
    const behind = paperStageBehind(e);
    if (behind) out.push(behind);
  }
  const expected = e.pipeline.stages.find((s) => s.name === o.stage)?.expectedDays;
  const entered = [...(o.stageHistory ?? [])].reverse().find((h) => h.stage === o.stage)?.enteredAt;
  if (expected && entered && daysHavePassed(e, Date.parse(entered), expected * e.config.stageOverdueFactor)) {
    out.push({
      kind: 'crm_hygiene',
      issue: 'stage_overdue',
      field: 'stage',
      detail: `in ${o.stage} since ${entered.slice(0, 10)}, past ${expected * e.config.stageOverdueFactor} days (${expected} expected)`,
      refs: [{ type: 'opportunity', id: o.id, field: 'stageHistory' }],
    });
  }
  return out;
}

/**
 * The customer is redlining the contract while the record sits two or more stages before the one where paper is
 * negotiated (one stage behind is how many teams run Proposal, so only a clear gap counts).
 */
function paperStageBehind(e: DealEvidence): CrmHygieneSignal | undefined {
  const o = e.opportunity;
  const current = e.pipeline.stages.find((st) => st.name === o.stage);
  const paper = e.pipeline.stages.find((st) => PAPER_STAGE.test(st.name));
  if (!current || !paper || current.order > paper.order - 2) return undefined;
  for (const r of e.timeline) {
    // One test on the whole body first: most mail never mentions redlines.
    if (!isCustomerWriting(r) || !PAPER_IN_REVIEW.test(r.lowerBody)) continue;
    const said = r.sentences.find((s) => {
      if (s.question || e.ignored.has(s)) return false;
      const m = PAPER_IN_REVIEW.exec(s.lower);
      return m !== null && !HYPOTHETICAL.test(s.lower.slice(0, m.index));
    });
    if (said)
      return {
        kind: 'crm_hygiene',
        issue: 'stage_behind',
        field: 'stage',
        detail: `the customer is redlining the paper, but the deal is still in ${o.stage}`,
        refs: [activityRef(r), { type: 'opportunity', id: o.id, field: 'stage' }],
        span: sentenceSpan(r, said),
      };
  }
  return undefined;
}
