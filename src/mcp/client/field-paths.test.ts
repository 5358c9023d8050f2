import { describe, expect, it } from 'vitest';
import { mapFields, readField, readPath } from './field-paths.ts';

const deal = {
  id: 'd1',
  properties: {
    amount: '84,000',
    closedate: '2026-03-31T00:00:00-05:00',
    createdate: 1764601200000,
    stage: 'closedwon',
    empty: '',
  },
  history: [
    { value: 'demo', at: '2026-01-08T15:00:00Z' },
    { value: 'proposal', at: '2026-02-05T15:00:00Z' },
  ],
  to: [{ email: 'a@x.com' }, { email: 'b@x.com' }],
};

describe('reading a record through field specs', () => {
  it('follows dot paths, into lists too', () => {
    expect(readPath(deal, 'properties.stage')).toBe('closedwon');
    expect(readPath(deal, 'history.1.value')).toBe('proposal');
    expect(readPath(deal, 'properties.nothing.deeper')).toBeUndefined();
    expect(readPath(deal, '$')).toBe(deal);
  });

  it('converts strings with thousands separators to numbers, and epoch milliseconds to instants', () => {
    expect(readField(deal, { path: 'properties.amount', as: 'number' })).toBe(84000);
    expect(readField(deal, { path: 'properties.createdate', as: 'epoch_ms' })).toBe('2025-12-01T15:00:00Z');
  });

  it('keeps the calendar date as written rather than shifting it to UTC', () => {
    expect(readField(deal, { path: 'properties.closedate', as: 'date' })).toBe('2026-03-31');
  });

  it('translates values through a table, dropping the ones it does not know', () => {
    expect(readField(deal, { path: 'properties.stage', values: { closedwon: 'Closed Won' } })).toBe(
      'Closed Won',
    );
    expect(readField(deal, { path: 'properties.stage', values: { open: 'Open' } })).toBeUndefined();
  });

  it('maps lists of objects item by item, or plucks one field of each', () => {
    expect(readField(deal, { path: 'history', each: { stage: 'value', enteredAt: 'at' } })).toEqual([
      { stage: 'demo', enteredAt: '2026-01-08T15:00:00Z' },
      { stage: 'proposal', enteredAt: '2026-02-05T15:00:00Z' },
    ]);
    expect(readField(deal, { path: 'to', pluck: 'email' })).toEqual(['a@x.com', 'b@x.com']);
  });

  it('leaves out empty values, so optional fields stay absent rather than invalid', () => {
    expect(
      mapFields(deal, {
        id: 'id',
        note: 'properties.empty',
        missing: 'nope',
        cc: { path: 'cc', pluck: 'email' },
      }),
    ).toEqual({ id: 'd1' });
  });

  it('uses a default or a constant where their CRM has no such field', () => {
    expect(readField(deal, { path: 'properties.currency', default: 'USD' })).toBe('USD');
    expect(readField(deal, { const: 'new_business' })).toBe('new_business');
  });
});
