import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopilotAnswer } from '../../src/domain/copilot/copilot-schema.ts';
import { northwindWorkspace } from '../../src/testing/examples.ts';
import { ask, type Northwind, northwindCopilot } from './support/copilot-world.ts';

/** Every money or percentage figure in a text: "$65", "10%", "15 %". */
const figures = (text: string): string[] =>
  [...text.matchAll(/[$€£]\s?\d[\d,]*(?:\.\d+)?|\b\d+(?:\.\d+)?\s?%/g)].map((m) => m[0].replace(/\s/g, ''));

describe('a meeting brief for o-101', () => {
  let world: Northwind;
  let brief: CopilotAnswer;
  beforeAll(async () => {
    world = await northwindCopilot();
    ({ answer: brief } = await ask(
      world,
      world.dana,
      'prep me for my call with Hank about the Globex proposal',
    ));
  });
  afterAll(() => world.store.close());

  it('is a brief on the deal', () => {
    expect(brief.status).toBe('answered');
    expect(brief.intent).toBe('prepare_brief');
    expect(brief.opportunityId).toBe('o-101');
    expect(brief.markdown).toMatch(/^## Brief: Globex - Plant analytics \(o-101\)/);
  });

  it('lists the promised revised proposal with its date, linked to the email that promised it', () => {
    const promised = brief.sections.find((s) => s.heading === 'What we promised')!;
    const line = promised.lines.find((l) => /revised proposal with three-year pricing/.test(l.text))!;
    expect(line.text).toMatch(/by Fri Feb 20/);
    expect(line.text).toMatch(/not delivered, 10 days late/);
    expect(line.refs).toContainEqual({ type: 'activity', id: 'act-2' });
  });

  it("names Hank's title and role on the deal", () => {
    const people = brief.sections.find((s) => s.heading === 'Who will be there')!;
    expect(people.lines.map((l) => l.text)).toContain('Hank Moss, VP Operations (champion)');
  });

  it('quotes the three-year discount with its citation, marked as in play', () => {
    const prices = brief.sections.find((s) => s.heading === 'Products and price points in play')!;
    expect(prices.lines[0]!.text).toBe(
      'In play: “Three-year commitments receive 10% off list.” (Pricing and discount policy 2026) [doc-pricing#1]',
    );
    expect(brief.citations).toContainEqual({
      ref: { type: 'chunk', id: 'doc-pricing#1' },
      quote: 'Three-year commitments receive 10% off list.',
      claim: 'Three-year commitments receive 10% off list.',
    });
  });

  it('states no price or percentage the documents and the price book do not state', () => {
    const ws = northwindWorkspace();
    const sources = [
      ...(ws.documents ?? []).map((d) => d.body),
      ...(ws.products ?? []).map((p) => `$${p.listPrice}`),
    ].join(' ');
    const allowed = new Set(figures(sources));
    const stated = figures(brief.markdown);
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.filter((f) => !allowed.has(f))).toEqual([]);
  });

  it('suggests an agenda that starts with the overdue promise and asks who else signs off', () => {
    const agenda = brief.sections.find((s) => s.heading === 'Suggested agenda')!;
    expect(agenda.lines[0]!.text).toMatch(/^Own the delay and deliver: send the revised proposal/);
    const questions = brief.sections.find((s) => s.heading === 'Questions to ask')!;
    expect(questions.lines.some((l) => /Only Hank Moss has engaged/.test(l.text))).toBe(true);
  });

  it('records each tool call as an observation on the request', async () => {
    const { events } = await ask(world, world.dana, 'brief me on globex');
    const steps = events.flatMap((e) =>
      e.type === 'observation' && e.observation.kind === 'evidence' ? [e.observation.title] : [],
    );
    expect(steps.map((s) => s.split(':')[0])).toEqual([
      'crm_get_account',
      'crm_get_opportunity',
      'crm_get_activities',
      'copilot_explain_deal',
      'usage_get_series',
      'knowledge_search',
    ]);
    const seqs = events.flatMap((e) => (e.type === 'observation' ? [e.seq] : []));
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
