/** The answer part of a reply: each question answered from a cited source, or promised by a date in its own words. */
import type { Citation } from '../../proposals/proposal-schema.ts';
import type { CustomerRequestSignal } from '../../signals/signal-schema.ts';
import { type AskedQuestion, answerFrom, splitQuestions } from '../answer-questions.ts';
import type { DealReading } from '../deal-reading.ts';
import { chunkCitation, type DraftKit, promiseDay, quoted, sourceName } from '../draft-kit.ts';
import type { Paragraph } from '../email-draft.ts';
import { capitalize, oneLine } from '../wording.ts';

export type AnswerBlock = {
  paragraphs: Paragraph[];
  citations: Citation[];
  answered: number;
  /** Questions promised by a date rather than answered. */
  pending: number;
};

const FOR_QUESTION = [
  '{q} {Source} says: {quote}',
  '{q} From {source}: {quote}',
  '{q} Per {source}: {quote}',
  '{q} {Source} puts it this way: {quote}',
] as const;
const FOR_TOPIC = [
  'On {topic}, {source} says: {quote}',
  'On {topic}, from {source}: {quote}',
  'As for {topic}, {source} puts it this way: {quote}',
] as const;
const FOR_LEANING = [
  'You asked "{asked}" {Source} says: {quote}',
  'You asked "{asked}" From {source}: {quote}',
] as const;
// An item a "Not supported" list names is an honest no, said as one.
const FOR_DENIED = [
  "{lead} Not today, I'm afraid: {source} lists {quote} among what we don't support.",
  "{lead} I'm afraid not: {source} lists {quote} as not supported today.",
] as const;
// "You asked" opens the clause that holds the customer's words: they are theirs, not claims of ours.
const CONFIRM = [
  'You asked "{quote}"; I\'ll confirm that by {day}.',
  'You asked "{quote}"; I\'m checking with our team and will confirm by {day}.',
  'You asked "{quote}"; I\'ll come back to you on that by {day}.',
] as const;
// A price for a configuration ("200 seats on a three-year term") is a quote a person prepares, not a passage.
const QUOTE_REQUEST = /\b(?:price|prices|pricing|cost|costs|quote|quotation)\b/i;
const NUMBERS = [
  'You asked "{quote}"; I\'ll send you the numbers by {day}.',
  'You asked "{quote}"; I\'ll put the figures together and send them by {day}.',
] as const;
// A request that is no question ("please include me on the proposal") is acknowledged, with a date.
const NOTED = [
  'You wrote "{quote}"; noted, and I\'ll come back to you on it by {day}.',
  'You wrote "{quote}"; I\'ll take care of that by {day}.',
] as const;

// A request to meet is answered with times, not with a promise to confirm.
const SCHEDULE = [
  "Happy to set that up. I'm free {d1} or {d2}; would either work?",
  'Glad to. Are you available on {d1} or {d2}?',
] as const;

/** The sentence just before a request in the customer's message, for requests that lean on it. */
function sentenceBefore(reading: DealReading, request: CustomerRequestSignal): string | undefined {
  const span = request.span;
  if (!span) return undefined;
  const read = reading.timeline.find((r) => r.activity.id === span.activityId);
  return read?.sentences.filter((s) => s.end <= span.start).at(-1)?.text;
}

// "What would Fulfil cost in euros…?": a price for the customer's own case, which a person works out.
const wantsQuote = (q: AskedQuestion) =>
  QUOTE_REQUEST.test(q.text) && (/\d/.test(q.text) || /\b(?:what would|how much would)\b/i.test(q.text));

function answerLine(
  kit: DraftKit,
  q: AskedQuestion,
  i: number,
): { text: string; citation: Citation } | undefined {
  if (wantsQuote(q)) return undefined;
  // Our own name says nothing of what is asked: every page of ours is about us.
  const seller = kit.reading.context.seller.name;
  const unit = answerFrom(kit.knowledge, q.text.replaceAll(seller, ' '));
  if (!unit || (!q.question && !q.topic && !q.leaning)) return undefined;
  const shown = quoted(unit);
  const source = sourceName(unit);
  const asked = oneLine(q.quote);
  const lead = q.question ?? (q.topic ? `On ${q.topic}:` : `You asked "${asked}"`);
  const template = unit.denied
    ? kit.reading.pick(`answer-${i}`, FOR_DENIED)
    : q.question
      ? kit.reading.pick(`answer-${i}`, FOR_QUESTION)
      : q.topic
        ? kit.reading.pick(`answer-${i}`, FOR_TOPIC)
        : kit.reading.pick(`answer-${i}`, FOR_LEANING);
  const text = template
    .replace('{lead}', lead)
    .replace('{asked}', asked)
    .replace('{q}', q.question ?? '')
    .replace('{topic}', q.topic ?? '')
    .replace('{Source}', capitalize(source))
    .replace('{source}', source)
    .replace('{quote}', shown);
  return { text, citation: chunkCitation(unit, shown.slice(1, -1)) };
}

export function answerBlock(kit: DraftKit, requests: readonly CustomerRequestSignal[]): AnswerBlock {
  const { reading } = kit;
  const block: AnswerBlock = { paragraphs: [], citations: [], answered: 0, pending: 0 };
  const questions = requests
    .filter((r) => r.topic !== 'scheduling')
    .flatMap((r) => splitQuestions(r.text, sentenceBefore(reading, r)))
    .slice(0, reading.config.maxQuestions);
  const day = promiseDay(reading, reading.config.confirmBusinessDays);
  const unanswered = new Set<string>();
  const meetings = requests.filter((r) => r.topic === 'scheduling');
  if (meetings.length > 0) {
    block.paragraphs.push({
      text: reading
        .pick('schedule', SCHEDULE)
        .replace('{d1}', promiseDay(reading, 1))
        .replace('{d2}', promiseDay(reading, 2)),
    });
    block.pending += meetings.length;
  }
  questions.forEach((q, i) => {
    const line = answerLine(kit, q, i);
    if (line) {
      block.paragraphs.push({ text: line.text });
      block.citations.push(line.citation);
      block.answered++;
      return;
    }
    block.pending++;
    // Two items of one request ("send both") are promised once.
    if (unanswered.has(q.quote)) return;
    unanswered.add(q.quote);
    const words = oneLine(q.quote).replace(new RegExp(`^${reading.rep.first},\\s*`), '');
    const bank = wantsQuote(q) ? NUMBERS : q.question || q.topic || q.quote.endsWith('?') ? CONFIRM : NOTED;
    block.paragraphs.push({
      text: reading
        .pick(`confirm-${i}`, bank)
        .replace('{quote}', words.charAt(0).toUpperCase() + words.slice(1))
        .replace('{day}', day),
    });
  });
  return block;
}
