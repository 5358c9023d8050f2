import { describe, expect, it } from 'vitest';
import { blankOut } from './blank-out.ts';

describe('blankOut', () => {
  it('spaces over spans and keeps every offset', () => {
    expect(blankOut('Kitchen plan fees', [{ start: 0, end: 7 }])).toBe('        plan fees');
  });

  it('counts spans from an offset and clips them to the text', () => {
    expect(
      blankOut(
        'on Kitchen',
        [
          { start: 13, end: 20 },
          { start: 30, end: 40 },
        ],
        10,
      ),
    ).toBe('on        ');
  });
});
