/** Turns names into mailbox names the way companies do: jane, jane.doe, jdoe, janed. */
import type { Rng } from '../random.ts';

export const mailboxPart = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

export type AddressPattern = 'first' | 'first.last' | 'flast' | 'firstl' | 'first_last';

export const pickAddressPattern = (rng: Rng): AddressPattern =>
  rng.weighted<AddressPattern>([
    ['first.last', 5],
    ['flast', 2],
    ['first', 2],
    ['firstl', 1],
    ['first_last', 1],
  ]);

export function localPart(pattern: AddressPattern, first: string, last: string): string {
  const f = mailboxPart(first);
  const l = mailboxPart(last);
  switch (pattern) {
    case 'first':
      return f;
    case 'first.last':
      return `${f}.${l}`;
    case 'flast':
      return `${f.charAt(0)}${l}`;
    case 'firstl':
      return `${f}${l.charAt(0)}`;
    case 'first_last':
      return `${f}_${l}`;
  }
}
