import { describe, expect, it } from 'vitest';
import type { GuardIndex } from '../index/guard-index.ts';
import { perUseSaidFirst, pricedByAnotherUse } from './priced-uses.ts';

// A price book of one line, a local number at $6 a month.
const index = {
  catalog: { bySku: new Map([['LP', { name: 'Local Presence number', unit: 'number/month' }]]) },
} as unknown as GuardIndex;
const byProduct = { source: 'product', id: 'LP', label: 'price book' } as const;

describe('a price per use', () => {
  it('is not backed by a line sold per another thing', () => {
    expect(pricedByAnotherUse(index, '$6 per 100 calls.', byProduct)).toBe(true);
    expect(pricedByAnotherUse(index, 'per call $6.', byProduct)).toBe(true);
    expect(pricedByAnotherUse(index, '$6 per number per month.', byProduct)).toBe(false);
  });

  it('is backed by a passage that prices the same use, in any of its words', () => {
    const passage = {
      source: 'chunk',
      id: 'p',
      label: 'pricing',
      quote: 'SMS: $22 per 1,000 segments.',
    } as const;
    expect(pricedByAnotherUse(index, '$22 per 1,000 texts.', passage)).toBe(false);
    expect(pricedByAnotherUse(index, '$22 per 1,000 calls.', passage)).toBe(true);
  });

  it('leaves things that are no use to the unit checks (a truck may be a vehicle)', () => {
    expect(pricedByAnotherUse(index, '$6 per truck per month.', byProduct)).toBe(false);
  });

  it('reads what the amount is per from the words before it', () => {
    expect(perUseSaidFirst('Each recorded call costs ')).toBe('per call ');
    expect(perUseSaidFirst('WhatsApp conversations are billed at ')).toBe('per conversations ');
    expect(perUseSaidFirst('Enterprise is priced from ')).toBe('');
  });
});
