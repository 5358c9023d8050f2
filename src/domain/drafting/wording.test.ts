import { describe, expect, it } from 'vitest';
import { parseDay } from '../dates/calendar.ts';
import { fromOurSide, longDay, projectOf, withoutMarkup } from './wording.ts';

describe('wording', () => {
  it('drops the markup from customer words, scripts with their content, and keeps the words', () => {
    expect(
      withoutMarkup(
        'Hi <b>Dana</b>, <script>window.x = 1</script><img src="x" onerror="alert(1)"> can you resend the questionnaire?',
      ),
    ).toBe('Hi Dana, can you resend the questionnaire?');
    expect(withoutMarkup('<style>p{}</style>Budget opens in July')).toBe('Budget opens in July');
    expect(withoutMarkup('seats < 50 and price > $10')).toBe('seats < 50 and price > $10');
    expect(withoutMarkup('unclosed <script>alert(1)')).toBe('unclosed');
  });

  it('turns the customer’s words around without touching anyone else', () => {
    expect(fromOurSide('Can you share your SOC 2 report with our team?')).toBe(
      'Can we share our SOC 2 report with your team?',
    );
    expect(fromOurSide('We need it by Friday; Sam asked too')).toBe('You need it by Friday; Sam asked too');
  });

  it('names a deal by its project, as a piece of work', () => {
    const products = new Set(['northwind', 'enterprise', 'pro']);
    expect(projectOf('Globex - Plant analytics', 'Globex', products)).toBe('plant analytics project');
    expect(projectOf('Hooli - Pilot', 'Hooli', products)).toBe('pilot');
    expect(projectOf('Vandelay - 2026 renewal', 'Vandelay Industries', products)).toBe('2026 renewal');
    expect(projectOf('Bracken Health - Enterprise, 120 seats', 'Bracken Health', products)).toBe(
      'Enterprise plan',
    );
  });

  it('writes a date the way a letter does, with the right weekday', () => {
    expect(longDay(parseDay('2026-02-20'))).toBe('Friday, February 20');
    expect(longDay(parseDay('2026-03-04'))).toBe('Wednesday, March 4');
  });
});
