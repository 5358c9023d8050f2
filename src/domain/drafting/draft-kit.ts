/** What every action's composer works with, and the pieces they share: dates to promise, sources to cite. */

import type { Citation, ProposalPayload } from '../proposals/proposal-schema.ts';
import type { KnowledgeDocument, Product } from '../workspace/workspace-schema.ts';
import type { KnowledgeIndex } from './answer-questions.ts';
import { type DealReading, workingDaysFromToday } from './deal-reading.ts';
import { type KnowledgeUnit, plainText } from './knowledge-units.ts';
import { longDay } from './wording.ts';

export type DraftKit = {
  reading: DealReading;
  knowledge: KnowledgeIndex;
  /** The price book. */
  products: readonly Product[];
};

/** A composer's result: the payload and one line for the rep on why this, now. */
export type Composed = { payload: ProposalPayload; rationale: string };
export type Composer = (kit: DraftKit) => Composed | undefined;

/** The day a promise made today falls due: "Wednesday, March 4". */
export const promiseDay = (reading: DealReading, businessDays: number): string =>
  longDay(workingDaysFromToday(reading, businessDays));

// How a rep names a source to a customer: by what it is, never by an internal title.
const SOURCE_NAMES: Record<KnowledgeDocument['kind'], string> = {
  security: 'our security overview',
  spec: 'our product documentation',
  faq: 'our FAQ',
  pricing: 'our pricing',
  contract: 'our standard agreement',
  policy: 'our policy',
  battlecard: 'our notes',
};

export const sourceName = (unit: KnowledgeUnit): string => SOURCE_NAMES[unit.chunk.kind];

export function chunkCitation(unit: KnowledgeUnit, claim: string): Citation {
  return { ref: { type: 'chunk', id: unit.chunk.id }, quote: unit.quote, claim };
}

/** `"…"` as the customer reads it: the source's own words, markdown marks dropped. */
export const quoted = (unit: KnowledgeUnit): string => `"${plainText(unit.quote)}"`;
