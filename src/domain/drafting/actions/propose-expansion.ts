/** propose_expansion: seats used against seats licensed, what the customer asked for, and a list price only with its source. */
import type { Citation } from '../../proposals/proposal-schema.ts';
import { answerFrom } from '../answer-questions.ts';
import { latestCustomerEmail } from '../deal-reading.ts';
import { type Composer, chunkCitation, type DraftKit, quoted, sourceName } from '../draft-kit.ts';
import { emailPayload, type Paragraph } from '../email-draft.ts';
import { primaryContact } from '../recipients.ts';
import { capitalize } from '../wording.ts';
import { money, seatPlans, unitFor } from './seat-plans.ts';
import { replyToSignal } from './thread.ts';

const FULL = [
  'All {licensed} of your licensed seats are in use.',
  'Your team is now using all {licensed} of your licensed seats.',
  "You've filled all {licensed} licensed seats on your account.",
] as const;
const OVER = [
  '{used} seats are in use on your account; your contract covers {licensed}.',
  'Your team has {used} seats in use; your contract covers {licensed}.',
] as const;
const ASKED = [', and you asked what {n} more would look like.', ', and you asked about {n} more.'] as const;
const ASKS_N = [
  'Shall I send a quote for {n} more seats?',
  'Would you like a quote for the {n} additional seats?',
  'Want me to put together a quote for {n} more seats so you can review it internally?',
] as const;
const ASKS = [
  'Would it help if I sent a quote for additional seats?',
  'Shall I put together a quote for more seats so nobody is left waiting for access?',
  'How many more people need access? I can send a quote to match.',
] as const;

// "What would 25 more look like?", "add 60 users": the number the customer asked about.
const ASKED_COUNT =
  /\b(\d{1,5})\s+(?:more|additional|extra|new)?\s*(?:seats?|users?|licen[cs]es?|people|analysts?)?\b(?=[^?]*(?:more|additional|add|extra|seat|user|licen))/i;

export const proposeExpansion: Composer = (kit: DraftKit) => {
  const { reading } = kit;
  const seats = reading.signals.one('seat_utilisation');
  const asked = reading.signals
    .of('customer_request')
    .filter((r) => r.topic === 'expansion' && r.state === 'open')
    .at(-1);
  if (!seats && !asked) return undefined;
  const source = asked ? replyToSignal(reading, asked) : undefined;
  const contact = primaryContact(reading, [asked?.askedBy, latestCustomerEmail(reading)?.from]);
  if (!contact) return undefined;
  const n = asked ? ASKED_COUNT.exec(asked.text)?.[1] : undefined;
  const paragraphs: Paragraph[] = [];
  const askedLine = n ? reading.pick('asked', ASKED).replace('{n}', n) : '';
  if (seats) {
    const bank = seats.used > seats.licensed ? OVER : FULL;
    const line = reading
      .pick('seats', bank)
      .replace('{used}', String(seats.used))
      .replaceAll('{licensed}', String(seats.licensed));
    paragraphs.push({ text: askedLine ? `${line.replace(/\.$/, '')}${askedLine}` : line });
  } else if (n) {
    paragraphs.push({ text: `You asked what ${n} more seats would look like.` });
  }
  const citations: Citation[] = [];
  const prices: string[] = [];
  for (const plan of seatPlans(kit).slice(0, reading.config.maxPlansQuoted)) {
    const unit = unitFor(kit, plan);
    if (unit) {
      const shown = quoted(unit);
      prices.push(shown);
      citations.push(chunkCitation(unit, shown.slice(1, -1)));
    } else {
      const claim = `${plan.name} is ${money(plan.listPrice, plan.currency)} per seat per month at list`;
      prices.push(claim);
      citations.push({
        ref: { type: 'product', id: plan.sku },
        quote: `${plan.name} ${plan.listPrice} ${plan.currency} ${plan.unit}`,
        claim,
      });
    }
  }
  // What the documents say about adding seats ("prorated to the renewal date"), when the customer asked.
  const terms = asked ? answerFrom(kit.knowledge, asked.text) : undefined;
  if (terms && !prices.some((p) => p.includes(terms.quote))) {
    const shown = quoted(terms);
    paragraphs.push({ text: `${capitalize(sourceName(terms))} adds: ${shown}`, optional: true });
    citations.push(chunkCitation(terms, shown.slice(1, -1)));
  }
  if (prices.length > 0) {
    const fromDocs = citations.slice(0, prices.length).every((c) => c.ref.type === 'chunk');
    const lead = fromDocs
      ? `For reference, from ${sourceName(unitFor(kit, seatPlans(kit)[0]!)!)}:`
      : 'For reference,';
    // One price to a line: a product named beside another's price reads as that product's price.
    const lines = fromDocs ? prices : prices.map((p) => `${p}.`);
    paragraphs.push({ text: `${lead}\n${lines.join('\n')}`, optional: true });
  }
  paragraphs.push({ text: n ? reading.pick('ask-n', ASKS_N).replace('{n}', n) : reading.pick('ask', ASKS) });
  return {
    payload: emailPayload(reading, {
      to: [contact],
      subject: reading.pick('subject', ['More seats', 'Room for more users', 'Your seats']),
      replyTo: source ?? latestCustomerEmail(reading),
      paragraphs,
      citations,
    }),
    rationale: `${reading.assessment.why}. The draft states the seats on record${citations.length ? ' and list prices with their source' : ''} and offers a quote.`,
  };
};
