import { describe, expect, it } from 'vitest';
import { highlightPieces } from './highlight.ts';

const marked = (text: string, spans: Array<{ start: number; end: number }>) =>
  highlightPieces(text, spans)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('highlighting quoted spans', () => {
  it('marks the quoted words and keeps the rest as plain text', () => {
    expect(marked('We will send the proposal by Friday.', [{ start: 8, end: 36 }])).toBe(
      'We will [send the proposal by Friday.]',
    );
  });

  it('merges overlapping spans and orders them', () => {
    expect(
      marked('abcdefghij', [
        { start: 6, end: 8 },
        { start: 1, end: 3 },
        { start: 2, end: 4 },
      ]),
    ).toBe('a[bcd]ef[gh]ij');
  });

  it('clips offsets that fall outside the text instead of trusting them', () => {
    expect(
      marked('short', [
        { start: 3, end: 99 },
        { start: -4, end: 1 },
      ]),
    ).toBe('[s]ho[rt]');
  });

  it('keeps markup in customer text as text: the pieces are strings, never HTML', () => {
    const pieces = highlightPieces('<img src=x onerror=alert(1)>', [{ start: 0, end: 4 }]);
    expect(pieces.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});
