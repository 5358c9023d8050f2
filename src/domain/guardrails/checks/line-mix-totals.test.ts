import { describe, expect, it } from 'vitest';
import { lineMixTotals } from './line-mix-totals.ts';

const cell = (value: number, label: string) => ({ value, label: new Set(label.split(' ')) });
const row = [
  cell(104, 'fee earner annual bil'),
  cell(124, 'fee earner monthly bil'),
  cell(34, 'support staf annual bil'),
  cell(41, 'support staf monthly bil'),
];

describe('lineMixTotals', () => {
  it('adds one cell of each counted kind from the same column, each times its count', () => {
    const counted = [
      { value: 34, stems: ['fee', 'earner'] },
      { value: 18, stems: ['support'] },
      { value: 18, stems: ['staf'] },
    ];
    expect(lineMixTotals(row, counted).sort((a, b) => a - b)).toEqual([
      34 * 104 + 18 * 34,
      34 * 124 + 18 * 41,
    ]);
  });

  it('needs two counted kinds to make a mix', () => {
    expect(lineMixTotals(row, [{ value: 34, stems: ['fee', 'earner'] }])).toEqual([]);
  });

  it('multiplies out several counts of one kind', () => {
    const counted = [
      { value: 34, stems: ['fee', 'earner'] },
      { value: 36, stems: ['fee', 'earner'] },
      { value: 18, stems: ['staf'] },
    ];
    expect(lineMixTotals(row, counted)).toHaveLength(4);
  });
});
