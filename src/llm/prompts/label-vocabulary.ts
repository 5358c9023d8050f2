/** The verdicts and next-best actions in words a model reads: the same vocabulary the labels and the engine use. */
import type { NextBestAction, Verdict } from '../../domain/labels/labels-schema.ts';

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  act_now: 'a person should take a specific step today',
  monitor:
    'worth watching, but the right move today is to wait (the customer asked to wait until a known date, a meeting is booked but a risk is building, a dip too small to act on)',
  no_action: 'the deal is moving as it should',
};

export const ACTION_MEANINGS: Record<NextBestAction, string> = {
  deliver_commitment:
    'we promised something (proposal, quote, answer, document) and its date has passed without it',
  answer_customer: 'the customer asked a question or for something, and we have not replied',
  re_engage:
    'the deal went quiet after our last touch, with no reason given and no meeting booked, longer than its stage allows',
  resume_after_deferral: 'the customer asked us to wait until a date, and that date has come',
  address_usage_drop: 'product usage fell sharply on an account with an open renewal or expansion',
  start_renewal: 'the contract ends within 90 days and no renewal conversation is under way',
  multithread: 'the champion left, bounced or went silent; the deal needs another stakeholder',
  propose_expansion: 'usage is at or over the licensed seats, or the customer asked about more',
  respond_to_risk: 'the customer raised a competitor, a pricing objection or a doubt that needs an answer',
  review_loss: 'the customer said no; propose moving the deal to closed lost',
  fix_crm: 'the record is wrong (close date in the past, stage behind the facts); an internal fix',
  reschedule: 'a booked meeting was missed or cancelled and nothing new is booked',
};

export function vocabularyText(): string {
  const verdicts = Object.entries(VERDICT_MEANINGS).map(([v, m]) => `- ${v}: ${m}`);
  const actions = Object.entries(ACTION_MEANINGS).map(([a, m]) => `- ${a}: ${m}`);
  return `Verdicts:\n${verdicts.join('\n')}\n\nActions (for act_now; the first is the recommendation):\n${actions.join('\n')}`;
}
