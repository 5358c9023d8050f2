/**
 * What a brief may say about products and prices: the knowledge sentences that state a price, a discount or a term,
 * ranked by how much of the deal's conversation they touch, each quoted with its chunk id. Nothing is computed:
 * "10% off list" stays "10% off list", never a discounted figure the documents do not print.
 */

import { freshText } from '../../mail/fresh-text.ts';
import type { Citation } from '../../proposals/proposal-schema.ts';
import type { AnswerLine } from '../copilot-schema.ts';
import type { Evidence } from '../evidence.ts';
import { fold } from '../text/fold-text.ts';
import { line, refTo } from './format.ts';
import { type KnowledgeSentence, sentencesOf } from './knowledge-sentences.ts';

const PRICE_OR_TERM =
  /[$€£]\s?\d|\d+\s?%|\bper seat\b|\bdiscount|\boff list\b|\bbilled\b|\b(?:two|three|2|3)[- ]year\b/i;

/** The deal's conversation: open promises, questions and risks, and what the customer last wrote. */
function conversation(evidence: Evidence): string {
  const signals = (evidence.assessments ?? []).flatMap((a) =>
    a.signals.flatMap((s) => {
      if (s.kind === 'commitment' && s.state === 'open') return [s.what];
      if ((s.kind === 'customer_request' || s.kind === 'risk') && s.state !== 'addressed') return [s.text];
      return [];
    }),
  );
  const inbound = evidence.activities
    .filter((a) => a.direction === 'inbound' && a.body)
    .slice(0, 3)
    .map((a) => freshText(a.body!).slice(0, 400));
  return [
    evidence.opportunity?.name ?? '',
    evidence.opportunity?.nextStep ?? '',
    ...signals,
    ...inbound,
  ].join(' ');
}

/** Knowledge search words for a brief: the conversation, plus pricing, since prices are always in play. */
export function briefKnowledgeQuery(evidence: Evidence): string {
  return `${conversation(evidence)} pricing price discount`.replace(/\s+/g, ' ').trim().slice(0, 480);
}

const WORD = /[a-z0-9]+(?:-[a-z0-9]+)*/g;
const STOP = new Set(
  'the a an and or of to for in on with by we you our your is are be it this that per'.split(' '),
);
const termsOf = (text: string) =>
  new Set(
    [
      ...fold(text)
        .replace(/\b3-year\b/g, 'three-year')
        .replace(/\b2-year\b/g, 'two-year')
        .matchAll(WORD),
    ]
      .map((m) => m[0])
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );

export type PricePoint = { sentence: KnowledgeSentence; inPlay: boolean };

/** Price and term sentences of the retrieved passages: the ones the conversation touches first. */
export function pricePoints(evidence: Evidence): PricePoint[] {
  const talked = termsOf(conversation(evidence));
  const seen = new Set<string>();
  const points = (evidence.knowledge ?? [])
    .filter((c) => c.kind !== 'battlecard')
    .flatMap(sentencesOf)
    .filter((s) => PRICE_OR_TERM.test(s.text))
    .filter((s) => !seen.has(s.text) && seen.add(s.text))
    .map((sentence) => ({
      sentence,
      inPlay: [...termsOf(sentence.text)].some((t) => talked.has(t) && t !== 'pricing'),
    }));
  return points.sort((a, b) => Number(b.inPlay) - Number(a.inPlay));
}

export function pricePointLines(points: readonly PricePoint[]): {
  lines: AnswerLine[];
  citations: Citation[];
} {
  return {
    lines: points.map(({ sentence: s, inPlay }) =>
      line(
        `${inPlay ? 'In play: ' : ''}“${s.text}” (${s.chunk.documentTitle}) [${s.chunk.id}]`,
        refTo('chunk', s.chunk.id),
      ),
    ),
    citations: points.map(({ sentence: s }) => ({
      ref: refTo('chunk', s.chunk.id),
      quote: s.text,
      claim: s.text,
    })),
  };
}
