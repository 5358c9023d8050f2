import { describe, expect, it } from 'vitest';
import { everyPlanSpans } from './every-plan.ts';

const said = (text: string) => everyPlanSpans(text).map((s) => text.slice(s.start, s.end));

describe('what is said of every plan', () => {
  it('finds every plan named at once', () => {
    expect(said('Webhooks are on every plan.')).toEqual(['every plan']);
    expect(said('SSO comes with any of our plans, whichever plan you pick.')).toEqual([
      'any of our plans',
      'whichever plan',
    ]);
  });

  it('leaves out one plan set against the rest, and a denial', () => {
    expect(said('2,000 a minute, the highest limit on any of our plans.')).toEqual([]);
    expect(said('More storage than on any other plan.')).toEqual([]);
    expect(said('SSO is not on every plan.')).toEqual([]);
  });
});
