/** address_usage_drop: the real figure and period, the renewal it puts at stake, and an offer of help. */
import { latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, promiseDay } from '../draft-kit.ts';
import { emailPayload } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { capitalize, monthDayOf } from '../wording.ts';
import { metricWords, usageChange, usageDrop } from './usage-figures.ts';

const FIGURE = [
  'I was looking at your account and noticed {metric} went from {from} to {to} over the last four weeks, down about {pct}%.',
  '{Metric} on your account went from {from} to {to} in the past four weeks, a fall of about {pct}%.',
  'A quick flag from my side: {metric} fell from {from} to {to} over four weeks, roughly {pct}% down.',
] as const;
const NO_FIGURE = [
  'I was looking at your account and noticed {metric} have fallen noticeably over the last few weeks.',
  'A quick flag from my side: {metric} on your account have been falling for a few weeks.',
] as const;
const RENEWAL = [
  "With your contract renewing on {end}, I'd rather understand this now than at renewal time.",
  'Your contract renews on {end}, so I want to make sure the team is getting value well before then.',
] as const;
const WHY = [
  'Did something change on your side, like a team moving to other work or a project wrapping up?',
  'Sometimes it is a team change, sometimes something in the product is getting in the way, and I would like to know which.',
] as const;
// Each ask names the meeting before its days: a day after "call" or "free" is a plan, not a claimed date.
const ASKS = [
  'Could we find 30 minutes to talk on {d1} or {d2}?',
  "Would a short session with your admins help? I'm free {d1} or {d2}.",
  'Would a call on {d1} or {d2} work to look at it together?',
] as const;

export const addressUsageDrop: Composer = (kit) => {
  const { reading } = kit;
  const trend = usageDrop(reading.signals.of('usage_trend'));
  if (!trend) return undefined;
  const contact = primaryContact(reading, [latestCustomerEmail(reading)?.from]);
  if (!contact) return undefined;
  const change = usageChange(trend, reading.context.usage);
  const metric = metricWords(trend.metric);
  const figure = change
    ? reading
        .pick('figure', FIGURE)
        .replace('{metric}', metric)
        .replace('{Metric}', capitalize(metric))
        .replace('{from}', change.from.toLocaleString('en-US'))
        .replace('{to}', change.to.toLocaleString('en-US'))
        .replace('{pct}', String(change.percent))
    : reading.pick('no-figure', NO_FIGURE).replace('{metric}', metric);
  const end = reading.context.opportunity.contractEndDate;
  const renewing = end !== undefined && reading.signals.one('renewal_window')?.open !== false;
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: reading.pick('subject', [
        'Usage on your account',
        'A quick look at your usage',
        'Your team’s usage',
      ]),
      paragraphs: [
        { text: figure },
        ...(renewing && end
          ? [{ text: reading.pick('renewal', RENEWAL).replace('{end}', monthDayOf(end)) }]
          : []),
        { text: reading.pick('why', WHY), optional: true },
        {
          text: reading
            .pick('ask', ASKS)
            .replace('{d1}', promiseDay(reading, 1))
            .replace('{d2}', promiseDay(reading, 2)),
        },
      ],
    }),
    rationale: `${reading.assessment.why}. The draft states the figures on record and offers help before the renewal.`,
  };
};
