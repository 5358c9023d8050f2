import { describe, expect, it } from 'vitest';
import { extractFigures } from './figures.ts';
import { linearizeTables, withTableHeader } from './tables.ts';

const table =
  'Intro line.\n\n| Plan | Per seat per month | Per seat per year | Notes |\n| --- | --- | --- | --- |\n' +
  '| Team | $45 | $540 | Up to 10 inboxes. REST API. |\n| Business | $79 | $948 | Minimum 10 seats. |\n\nAfter.';

describe('linearizeTables', () => {
  it('reads each row as a sentence that keeps the column units with the values', () => {
    const text = linearizeTables(table);
    expect(text).toContain(
      'Team: $45 per seat per month; $540 per seat per year; Notes: Up to 10 inboxes; REST API.',
    );
    expect(text).toContain(
      'Business: $79 per seat per month; $948 per seat per year; Notes: Minimum 10 seats.',
    );
    expect(text.startsWith('Intro line.')).toBe(true);
    expect(text.trimEnd().endsWith('After.')).toBe(true);
  });

  it('gives a price its period once the row is a sentence', () => {
    const row = linearizeTables(table)
      .split('\n')
      .find((l) => l.startsWith('Business'))!;
    const money = extractFigures(row).filter((f) => f.type === 'money');
    expect(money.map((m) => (m.type === 'money' ? [m.value, m.period] : []))).toEqual([
      [79, 'month'],
      [948, 'year'],
    ]);
  });

  it('reads a table with a plan per column as one sentence per plan, so each price keeps its plan', () => {
    const text = linearizeTables(
      '| | Lite | Team | Corporate |\n| --- | --- | --- | --- |\n| Platform fee | none | $300 per month | $1,500 per month |\n',
    );
    expect(text).toContain('Team: Platform fee: $300 per month.');
    expect(text).toContain('Corporate: Platform fee: $1,500 per month.');
    expect(text).not.toContain('Lite: Platform fee: none; ');
  });

  it('leaves text without a table alone', () => {
    expect(linearizeTables('A | B is not a table row.')).toBe('A | B is not a table row.');
  });
});

describe('column headings that end in the period their cells are priced for', () => {
  const text = linearizeTables(
    '| Plan | Per kiosk per month | Each extra staff login per month | Annual billing (per year) |\n' +
      '| --- | --- | --- | --- |\n| Stride | €59 | €9 | €636 |\n',
  );

  it('gives each cell its heading’s period, and an "each" heading a rate per item', () => {
    expect(text).toContain('extra staff login: €9 each per month');
    expect(text).toContain('Annual billing: €636 per year');
    const money = extractFigures(text).flatMap((f) =>
      f.type === 'money' ? [[f.value, f.period, f.perUnit] as const] : [],
    );
    expect(money).toContainEqual([9, 'month', true]);
    expect(money).toContainEqual([636, 'year', false]);
  });
});

describe('a row label that ends in a period', () => {
  it('gives that period to every amount of the row that has none', () => {
    const text = linearizeTables(
      '| Item | USD |\n| --- | --- |\n| Extra login per month | Lite $7, Pro $6, Max $5 |\n| Setup | $900 one-off |',
    );
    expect(text).toContain('Extra login: USD: Lite $7 per month, Pro $6 per month, Max $5 per month.');
    expect(text).toContain('Setup: USD: $900 one-off.');
  });
});

describe('withTableHeader', () => {
  const first = 'Compare:\n\n| Capability | Build | Pro |\n| --- | --- | --- |\n| Webhooks | no | yes |';
  const rest = '| Sandbox workspace | no | 1 |\n| Audit log | 90 days | 1 year |';

  it('reads the rows of a passage that continues a table under that table’s header', () => {
    const text = linearizeTables(withTableHeader(first, rest));
    expect(text).toContain('Pro: Sandbox workspace: 1.');
    expect(text).toContain('Build: Sandbox workspace: no.');
  });

  it('leaves a passage alone that starts its own table, or follows no table', () => {
    const own = '| Plan | Price |\n| --- | --- |\n| Pro | $40 |';
    expect(withTableHeader(first, own)).toBe(own);
    expect(withTableHeader('Just prose.', rest)).toBe(rest);
    expect(withTableHeader(undefined, rest)).toBe(rest);
  });

  it('reads a "Capability" head like a blank one: a feature per row, a plan per column', () => {
    expect(linearizeTables(first)).toContain('Pro: Webhooks: yes.');
  });
});
