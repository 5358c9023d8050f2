/** The CRM record as the engine read it: the fields an observation may point at, and the stage history. */
import type { DealDetail } from '../../api/api-types.ts';
import { formatDay, formatInstant, formatMoney } from '../../lib/format.ts';

export const fieldAnchor = (field: string): string => `crm-${field}`;

export function CrmFields({ deal, highlight }: { deal: DealDetail['deal']; highlight: string | undefined }) {
  const fields: Array<[string, string, string]> = [
    ['stage', 'Stage', deal.stage],
    ['amount', 'Amount', formatMoney(deal.amount, deal.currency)],
    ['closeDate', 'Close date', formatDay(deal.closeDate)],
    ['nextStep', 'Next step', deal.nextStep ?? '–'],
    ['nextStepDate', 'Next step date', deal.nextStepDate ? formatDay(deal.nextStepDate) : '–'],
    ['contractEndDate', 'Contract ends', deal.contractEndDate ? formatDay(deal.contractEndDate) : '–'],
    ['licensedSeats', 'Licensed seats', deal.licensedSeats === null ? '–' : String(deal.licensedSeats)],
    ['type', 'Type', deal.type.replace('_', ' ')],
  ];
  return (
    <div className="crm">
      <dl>
        {fields.map(([key, label, value]) => (
          <div
            key={key}
            id={fieldAnchor(key)}
            className={highlight === key ? 'flash' : undefined}
            tabIndex={-1}
          >
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {deal.stageHistory.length > 0 && (
        <ol className="stages" aria-label="Stage history">
          {deal.stageHistory.map((s) => (
            <li key={`${s.stage}-${s.enteredAt}`}>
              {s.stage} <span className="muted">since {formatInstant(s.enteredAt)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
