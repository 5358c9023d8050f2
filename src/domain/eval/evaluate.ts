/** Scores predictions against labels: verdict accuracy, act_now precision/recall, first-action and resume-date accuracy. */
import { DAY_MS } from '../dates/calendar.ts';
import type { Label, Verdict } from '../labels/labels-schema.ts';
import type { EvalReport, Miss, Prediction, Scores } from './eval-report.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (n: number, d: number) => (d === 0 ? 0 : round(n / d));
const emptyRow = () => ({ act_now: 0, monitor: 0, no_action: 0 });

const firstActionRight = (label: Label, p: Prediction | undefined) =>
  p !== undefined &&
  p.verdict === 'act_now' &&
  p.actions[0] !== undefined &&
  (label.actions ?? []).includes(p.actions[0]);

const resumeRight = (label: Label, p: Prediction | undefined) =>
  p?.resumeOn !== undefined &&
  label.resumeOn !== undefined &&
  Math.abs(Date.parse(`${p.resumeOn}T00:00:00Z`) - Date.parse(`${label.resumeOn}T00:00:00Z`)) <= DAY_MS;

export function score(predictions: readonly Prediction[], labels: readonly Label[]): Scores {
  const byId = new Map(predictions.map((p) => [p.opportunityId, p]));
  const confusion: Record<Verdict, Record<Verdict, number>> = {
    act_now: emptyRow(),
    monitor: emptyRow(),
    no_action: emptyRow(),
  };
  let verdictRight = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let actNowLabels = 0;
  let actionsRight = 0;
  let resumeLabels = 0;
  let resumesRight = 0;
  for (const label of labels) {
    const p = byId.get(label.opportunityId);
    if (p) confusion[label.verdict][p.verdict] += 1;
    if (p?.verdict === label.verdict) verdictRight += 1;
    const expectedAct = label.verdict === 'act_now';
    const gotAct = p?.verdict === 'act_now';
    if (expectedAct && gotAct) tp += 1;
    else if (gotAct) fp += 1;
    else if (expectedAct) fn += 1;
    if (expectedAct) {
      actNowLabels += 1;
      if (firstActionRight(label, p)) actionsRight += 1;
    }
    if (label.resumeOn !== undefined) {
      resumeLabels += 1;
      if (resumeRight(label, p)) resumesRight += 1;
    }
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    verdictAccuracy: ratio(verdictRight, labels.length),
    actNow: {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : round((2 * precision * recall) / (precision + recall)),
    },
    actionAccuracy: actNowLabels === 0 ? null : ratio(actionsRight, actNowLabels),
    resumeOnAccuracy: resumeLabels === 0 ? null : ratio(resumesRight, resumeLabels),
    confusion,
  };
}

export function missesOf(predictions: readonly Prediction[], labels: readonly Label[]): Miss[] {
  const byId = new Map(predictions.map((p) => [p.opportunityId, p]));
  const misses: Miss[] = [];
  for (const label of labels) {
    const p = byId.get(label.opportunityId);
    const wrong: Miss['wrong'] = [];
    if (!p) wrong.push('missing');
    else {
      if (p.verdict !== label.verdict) wrong.push('verdict');
      else if (label.verdict === 'act_now' && !firstActionRight(label, p)) wrong.push('action');
      if (label.resumeOn !== undefined && !resumeRight(label, p)) wrong.push('resumeOn');
    }
    if (wrong.length === 0) continue;
    misses.push({
      opportunityId: label.opportunityId,
      expected: {
        verdict: label.verdict,
        ...(label.actions ? { actions: label.actions } : {}),
        ...(label.resumeOn ? { resumeOn: label.resumeOn } : {}),
      },
      got: p
        ? {
            verdict: p.verdict,
            actions: p.actions,
            ...(p.resumeOn ? { resumeOn: p.resumeOn } : {}),
            ...(p.why ? { why: p.why } : {}),
          }
        : null,
      wrong,
    });
  }
  return misses;
}

/** The engine and the baseline on the same labels; misses are the engine's. */
export function evaluate(
  assessments: readonly Prediction[],
  labels: readonly Label[],
  baseline: readonly Prediction[],
): EvalReport {
  return {
    deals: labels.length,
    engine: score(assessments, labels),
    baseline: score(baseline, labels),
    misses: missesOf(assessments, labels),
  };
}
