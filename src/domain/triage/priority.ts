/** The priority score that ranks a rep's list: deal value × urgency × risk, each part explained. */
import type { DealEvidence } from '../signals/deal-evidence.ts';
import type { Priority } from './assessment-schema.ts';
import type { Judgment } from './judge.ts';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
/** 84000 → "84,000" without toLocaleString, which is slow on a hot path. */
const grouped = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function priorityOf(e: DealEvidence, judgment: Judgment): Priority {
  const amount = e.opportunity.amount;
  const value = Math.min(1, Math.log10(1 + amount) / Math.log10(1 + e.config.valueCeiling));
  const deciding = judgment.findings.filter(
    (f) =>
      f.stance ===
      (judgment.verdict === 'act_now' ? 'act' : judgment.verdict === 'monitor' ? 'watch' : 'fine'),
  );
  const floor = judgment.verdict === 'act_now' ? 0.5 : judgment.verdict === 'monitor' ? 0.15 : 0.05;
  const ceiling = judgment.verdict === 'act_now' ? 1 : judgment.verdict === 'monitor' ? 0.45 : 0.15;
  const urgency = Math.min(ceiling, Math.max(floor, ...deciding.map((f) => f.urgency)));
  // Risks compound: each independent threat takes a share of what is left.
  let safe = 0.8;
  for (const f of judgment.findings) if (f.stance !== 'fine') safe *= 1 - f.risk * 0.6;
  const crm = e.opportunity.stageHistory
    ? judgment.findings.some((f) =>
        f.signals.some((x) => x.kind === 'crm_hygiene' && x.issue === 'stage_overdue'),
      )
    : false;
  if (crm) safe *= 0.9;
  const risk = Math.min(1, Math.max(0.05, 1 - safe));
  const score = round(100 * value * urgency * risk, 1);
  const lead = deciding[0];
  const parts = [
    {
      factor: 'value' as const,
      value: round(value),
      why: `${e.opportunity.currency} ${grouped(amount)} (log scale, full at ${grouped(e.config.valueCeiling)})`,
    },
    { factor: 'urgency' as const, value: round(urgency), why: lead ? lead.because : 'nothing pressing' },
    {
      factor: 'risk' as const,
      value: round(risk),
      why:
        judgment.findings
          .filter((f) => f.stance !== 'fine' && f.risk >= 0.3)
          .map((f) => f.reasoning)
          .slice(0, 2)
          .join(' ') || 'no threat on record',
    },
  ];
  return {
    score,
    value: round(value),
    urgency: round(urgency),
    risk: round(risk),
    parts,
    explanation: `${score} = 100 × value ${round(value)} × urgency ${round(urgency)} × risk ${round(risk)}`,
  };
}
