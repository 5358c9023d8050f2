/** How the copilot writes dates, amounts, people and record links in an answer a rep reads. */
import { describeDay, parseDay } from '../../dates/calendar.ts';
import type { RecordRef } from '../../observations/observation-schema.ts';
import type { Contact } from '../../workspace/workspace-schema.ts';
import type { AnswerLine } from '../copilot-schema.ts';

/** "Fri Feb 20" for a calendar date or the date part of an instant. */
export const day = (iso: string): string => describeDay(parseDay(iso.slice(0, 10)));

/** Whole days from one instant or date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  parseDay(to.slice(0, 10)) - parseDay(from.slice(0, 10));

/** A deal's value as a figure from the CRM, written without a currency sign so it never reads as a list price. */
export const dealValue = (amount: number, currency: string): string =>
  `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(amount)} ${currency}`;

const ROLE_WORDS: Record<string, string> = {
  champion: 'champion',
  economic_buyer: 'economic buyer',
  decision_maker: 'decision maker',
  influencer: 'influencer',
  user: 'user',
  procurement: 'procurement',
  legal: 'legal',
  other: 'other',
};

/** "Hank Moss, VP Operations (champion)" with "left the company" or "mail bounces" when that is so. */
export function describeContact(c: Contact): string {
  const role = c.role ? ROLE_WORDS[c.role] : undefined;
  const status =
    c.status === 'left_company' ? ', left the company' : c.status === 'bounced' ? ', mail bounces' : '';
  return `${c.name}${c.title ? `, ${c.title}` : ''}${role ? ` (${role}${status})` : status ? ` (${status.slice(2)})` : ''}`;
}

export const refTo = (type: RecordRef['type'], id: string, field?: string): RecordRef =>
  field ? { type, id, field } : { type, id };

export const line = (text: string, ...refs: RecordRef[]): AnswerLine => ({ text, refs });

/** The first `n` characters of a text on one line, cut at a word. */
export function clip(text: string, n: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const cut = flat.slice(0, n);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), n - 15)).trimEnd()}…`;
}
