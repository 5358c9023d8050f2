import { describe, expect, it } from 'vitest';
import { draftRegions } from './draft-regions.ts';

describe('the part of a draft its author wrote', () => {
  it('ends at the sign-off and picks up again at a P.S.', () => {
    const body = 'Hi Nadia,\n\nThe sandbox is $350 a month.\n\nBest,\nMarcus\n\nP.S. Copilot is $16 a seat.';
    const regions = draftRegions(body);
    expect(body.slice(regions.signOffStart, regions.signOffStart + 5)).toBe('Best,');
    expect(body.slice(regions.postscriptStart)).toBe('P.S. Copilot is $16 a seat.');
  });

  it('leaves quoted mail out, and has no P.S. where none is written', () => {
    const body = 'Hi,\n\nSee below.\n\nThanks,\nAna\n\nOn Tue, 3 Mar, Ben wrote:\n> PS: send the quote';
    const regions = draftRegions(body);
    expect(regions.postscriptStart).toBeUndefined();
    expect(body.slice(regions.quoteStart)).toMatch(/^On Tue/);
  });
});
