/** review_loss and fix_crm: internal changes to the record, each field from its current value to the one the evidence gives. */
import { endOfMonth, formatDay, parseDay } from '../../dates/calendar.ts';
import type { FieldChange } from '../../proposals/proposal-schema.ts';
import type { CrmHygieneSignal, RiskSignal } from '../../signals/signal-schema.ts';
import { type DealReading, dayOf, workingDaysFromToday } from '../deal-reading.ts';
import type { Composed, Composer } from '../draft-kit.ts';
import { clip, firstName, monthDay, monthDayOf } from '../wording.ts';

// A close date set at the start of a month's last week is already late: give the deal the next month.
const MONTH_END_MARGIN_DAYS = 5;
// Without a date from the customer, a stage's expected length (or this) is the best guess at the close.
const DEFAULT_STAGE_DAYS = 30;

function update(changes: FieldChange[], reason: string, rationale: string): Composed {
  return { payload: { kind: 'update_opportunity', update: { changes, reason } }, rationale };
}

/** Who wrote an activity, by first name, for a reason a rep reads. */
function author(reading: DealReading, activityId: string | undefined): string {
  const read = reading.timeline.find((r) => r.activity.id === activityId);
  const contact = reading.context.contacts.find((c) => c.email.toLowerCase() === read?.from);
  return firstName(contact?.name) ?? read?.from ?? 'The customer';
}

const localDay = dayOf;

/** The customer's sentence as a reason quotes it: without "Raj," in front, ending in one full stop. */
function said(reading: DealReading, text: string): string {
  const words = clip(text, 40).replace(new RegExp(`^${reading.rep.first},\\s*`), '');
  return `"${words.charAt(0).toUpperCase()}${words.slice(1).replace(/[.!]$/, '')}"`;
}

export const reviewLoss: Composer = (kit) => {
  const { reading } = kit;
  const { opportunity, pipeline } = reading.context;
  const no = reading.signals
    .of('risk')
    // A pause with no date is reviewed as a loss too: the manager decides whether the deal is still real.
    .filter((r: RiskSignal) => (r.type === 'loss' || r.type === 'pause') && r.state === 'open')
    .at(-1);
  if (!no) return undefined;
  const who = author(reading, no.refs[0]?.id);
  const lostOn = formatDay(localDay(reading, no.at));
  const changes: FieldChange[] = [{ field: 'stage', from: opportunity.stage, to: pipeline.closedLost }];
  if (opportunity.closeDate !== lostOn)
    changes.push({ field: 'closeDate', from: opportunity.closeDate, to: lostOn });
  const reason = `${who} wrote on ${monthDayOf(lostOn)}: ${said(reading, no.text)}${no.competitor ? ` (chose ${no.competitor})` : ''}.`;
  return update(
    changes,
    reason,
    `${reading.assessment.why}. Moves the deal to ${pipeline.closedLost} as of ${monthDayOf(lostOn)}; add the loss reason your team tracks before approving.`,
  );
};

/** The close date the evidence supports, and why. */
function newCloseDate(reading: DealReading): { to: string; why: string } {
  const today = reading.today;
  const wait = reading.signals
    .of('deferral')
    .filter((d) => d.state === 'waiting' && d.cause !== 'out_of_office' && parseDay(d.resumeOn) > today)
    .at(-1);
  if (wait) {
    const who = author(reading, wait.refs[0]?.id);
    return {
      to: wait.resumeOn,
      why: `${who} wrote on ${monthDay(localDay(reading, wait.askedAt))}: ${said(reading, wait.reason)}`,
    };
  }
  const booked = reading.signals
    .of('meeting')
    .filter((m) => m.status === 'booked' && localDay(reading, m.startsAt) >= today)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (booked) {
    const day = localDay(reading, booked.startsAt);
    const end = endOfMonth(day);
    const to = end - day < MONTH_END_MARGIN_DAYS ? endOfMonth(end + 1) : end;
    return {
      to: formatDay(to),
      why: `${booked.subject ? `"${booked.subject}"` : 'A meeting'} is booked for ${monthDay(localDay(reading, booked.startsAt))}; the close follows it`,
    };
  }
  const stage = reading.context.pipeline.stages.find((s) => s.name === reading.context.opportunity.stage);
  const days = stage?.expectedDays ?? DEFAULT_STAGE_DAYS;
  return {
    to: formatDay(endOfMonth(today + days)),
    why: `nothing on record dates the close; ${stage?.name ?? 'this stage'} usually takes ${days} days`,
  };
}

function changeFor(
  reading: DealReading,
  issue: CrmHygieneSignal,
): { change: FieldChange; why: string } | undefined {
  const { opportunity, pipeline } = reading.context;
  switch (issue.issue) {
    case 'close_date_past': {
      const next = newCloseDate(reading);
      return {
        change: { field: 'closeDate', from: opportunity.closeDate, to: next.to },
        why: `Close date ${opportunity.closeDate} has passed. ${next.why}.`,
      };
    }
    case 'stage_behind':
      return {
        change: { field: 'stage', from: opportunity.stage, to: pipeline.closedWon },
        why: `The customer says it is signed${issue.span ? `: ${said(reading, issue.span.text)}` : ''}.`,
      };
    case 'contract_lapsed':
      return {
        change: {
          field: 'nextStep',
          from: opportunity.nextStep ?? null,
          to: `Confirm whether ${reading.context.account.name} is renewing; the contract ended ${opportunity.contractEndDate}`,
        },
        why: `The contract ended ${opportunity.contractEndDate} and the renewal is still open.`,
      };
    case 'stage_overdue':
      return undefined;
  }
}

export const fixCrm: Composer = (kit) => {
  const { reading } = kit;
  const fixes = reading.signals
    .of('crm_hygiene')
    .map((issue) => changeFor(reading, issue))
    .filter((f) => f !== undefined);
  const fields = new Set<string>();
  const unique = fixes.filter((f) => !fields.has(f.change.field) && fields.add(f.change.field));
  if (unique.length === 0) return undefined;
  return update(
    unique.map((f) => f.change),
    unique.map((f) => f.why).join(' '),
    `${reading.assessment.why}. ${unique.map((f) => `${f.change.field}: ${f.change.from ?? '(empty)'} → ${f.change.to}`).join('; ')}.`,
  );
};

/** When no one can be written to, the step still belongs in the record: a next step dated soon. */
export function nextStepUpdate(reading: DealReading, what: string): Composed {
  const { opportunity } = reading.context;
  return update(
    [
      { field: 'nextStep', from: opportunity.nextStep ?? null, to: clip(what, 30) },
      {
        field: 'nextStepDate',
        from: opportunity.nextStepDate ?? null,
        to: formatDay(workingDaysFromToday(reading, 1)),
      },
    ],
    reading.assessment.why,
    `${reading.assessment.why}. No active contact to write to, so the step goes on the record.`,
  );
}
