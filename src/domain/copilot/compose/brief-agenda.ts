/** A brief's suggested agenda and questions, from what triage found on the deal and where the deal stands. */
import type { Signal } from '../../signals/signal-schema.ts';
import type { Contact, Opportunity } from '../../workspace/workspace-schema.ts';
import type { AnswerLine } from '../copilot-schema.ts';
import { clip, day, daysBetween, line, refTo } from './format.ts';

export function suggestedAgenda(
  signals: readonly Signal[],
  deal: Opportunity | undefined,
  asOf: string,
): AnswerLine[] {
  const items: AnswerLine[] = [];
  for (const s of signals) {
    if (s.kind === 'commitment' && s.party === 'us' && s.state === 'open') {
      const late = daysBetween(s.dueOn, asOf) > 0;
      items.push(
        line(
          `${late ? 'Own the delay and deliver' : 'Walk through'}: ${s.what} (promised for ${day(s.dueOn)})`,
          ...s.refs,
        ),
      );
    } else if (s.kind === 'customer_request' && s.state === 'open') {
      items.push(line(`Answer their ${s.topic}: “${clip(s.text, 100)}”`, ...s.refs));
    } else if (s.kind === 'risk' && s.state === 'open') {
      items.push(
        line(
          `Address the ${s.type === 'competitor' ? `comparison with ${s.competitor ?? 'the competitor'}` : `${s.type} concern`}`,
          ...s.refs,
        ),
      );
    } else if (s.kind === 'usage_trend' && s.change < 0) {
      items.push(
        line(
          `Review adoption: ${s.metric.replace(/_/g, ' ')} down ${Math.round(-s.change * 100)}%, and what would bring it back`,
          ...s.refs,
        ),
      );
    } else if (s.kind === 'seat_utilisation' && s.ratio >= 1) {
      items.push(line(`Seats: all ${s.licensed} are in use; size the next tier together`, ...s.refs));
    } else if (s.kind === 'renewal_window' && s.open && !s.conversationUnderWay) {
      items.push(line(`Start the renewal: the contract ends ${day(s.contractEndDate)}`, ...s.refs));
    } else if (s.kind === 'commitment' && s.party === 'them' && s.state === 'open') {
      items.push(line(`Check on theirs: ${s.what} (due ${day(s.dueOn)})`, ...s.refs));
    }
  }
  if (deal)
    items.push(
      line(
        `Agree the next step, with a date, towards closing by ${day(deal.closeDate)}`,
        refTo('opportunity', deal.id, 'closeDate'),
      ),
    );
  return items.length
    ? items
    : [line('Listen first: nothing is open on record, so ask where they are and what comes next.')];
}

const STAGE_QUESTIONS: Record<string, string> = {
  Prospecting: 'What made you take this call now, and who else feels the problem?',
  Discovery: 'What does success look like, who decides, and by when?',
  Demo: 'What would you need to see to call the evaluation a success?',
  Proposal: 'Does the proposal answer what finance asked for, and who signs off after you?',
  Negotiation: 'What stands between us and a signature, and what does your paper process need from us?',
};

export function briefQuestions(
  signals: readonly Signal[],
  deal: Opportunity | undefined,
  contacts: readonly Contact[],
): AnswerLine[] {
  const questions: AnswerLine[] = [];
  const stage = deal ? STAGE_QUESTIONS[deal.stage] : undefined;
  if (deal && stage) questions.push(line(stage, refTo('opportunity', deal.id, 'stage')));
  for (const s of signals) {
    if (s.kind === 'stakeholder' && (s.change === 'single_threaded' || s.key))
      questions.push(
        line(
          s.change === 'single_threaded'
            ? `Who else should be part of this? Only ${s.name ?? 'one person'} has engaged so far.`
            : `Who takes over from ${s.name ?? 'them'} on this project?`,
          ...s.refs,
        ),
      );
    if (s.kind === 'deferral' && s.state === 'waiting')
      questions.push(line(`Is ${day(s.resumeOn)} still the date to pick this back up?`, ...s.refs));
    if (s.kind === 'risk' && s.type === 'competitor' && s.state === 'open')
      questions.push(
        line(
          `Where does ${s.competitor ?? 'the other vendor'} stand in your evaluation, and on what criteria?`,
          ...s.refs,
        ),
      );
    if (s.kind === 'crm_hygiene' && s.issue === 'close_date_past')
      questions.push(
        line('What is the realistic date to sign? Our record has a close date in the past.', ...s.refs),
      );
  }
  const buyer = contacts.some((c) => c.role === 'economic_buyer' && (c.status ?? 'active') === 'active');
  if (deal && !buyer)
    questions.push(line('Who owns the budget, and when can we meet them?', refTo('opportunity', deal.id)));
  return questions;
}
