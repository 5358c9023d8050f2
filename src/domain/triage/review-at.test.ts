import { describe, expect, it } from 'vitest';
import { northwindWorkspace } from '../../testing/examples.ts';
import { assessDeal } from './assess-deal.ts';
import { contextsFromWorkspace, type DealContext } from './deal-context.ts';

const northwind = northwindWorkspace();
const at = (ctx: DealContext, ms: number): DealContext => ({ ...ctx, asOf: new Date(ms).toISOString() });
const verdictOf = (ctx: DealContext) => {
  const a = assessDeal(ctx);
  return [a.verdict, ...a.actions, a.resumeOn ?? ''].join(' ');
};

describe('reviewAt', () => {
  const contexts = contextsFromWorkspace(northwind);

  it.each(contexts.map((c) => [c.opportunity.id, c] as const))(
    'holds the verdict of %s until reviewAt',
    (_id, ctx) => {
      const a = assessDeal(ctx);
      expect(a.reviewAt).toBeDefined();
      const review = Date.parse(a.reviewAt!);
      expect(review).toBeGreaterThan(Date.parse(ctx.asOf));
      expect(verdictOf(at(ctx, review - 60_000))).toBe(verdictOf(ctx));
      // Somewhere in between, too.
      expect(verdictOf(at(ctx, (Date.parse(ctx.asOf) + review) / 2))).toBe(verdictOf(ctx));
    },
  );

  it('turns a waiting deal into one to act on when its resume date arrives', () => {
    const ctx = contexts.find((c) => c.opportunity.id === 'o-102')!;
    const a = assessDeal(at(ctx, Date.parse('2026-03-08T12:00:00Z')));
    expect(a.verdict).toBe('monitor');
    const atResume = assessDeal(at(ctx, Date.parse(a.reviewAt!)));
    expect(atResume.verdict).toBe('act_now');
    expect(atResume.actions[0]).toBe('resume_after_deferral');
  });
});
