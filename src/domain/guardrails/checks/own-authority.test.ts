import { describe, expect, it } from 'vitest';
import { aDocument, aWorld, check } from '../guard-test-factories.ts';

const worldWith = (page: { title: string; body: string }) =>
  aWorld({ documents: [aDocument({ id: 'doc-terms', kind: 'policy', ...page })] });
const leaks = (body: string, world: ReturnType<typeof aWorld>) =>
  check(body, { world }).findings.filter((f) => f.kind === 'confidential' && f.severity === 'block');

describe("a rep's own authority", () => {
  it('is internal policy when only a page for the sales team states it', () => {
    const world = worldWith({
      title: 'INTERNAL: deal rules (do not share)',
      body: '# INTERNAL: deal rules\n\n- A rep may take up to 7% off on their own authority, never on top of a term discount.',
    });
    expect(
      leaks('I can knock off up to 7% on my own authority, so the 5% term discount is what stands.', world),
    ).not.toEqual([]);
  });

  it('is no secret when a page written for customers states it', () => {
    const world = worldWith({
      title: 'Commercial terms',
      body: '# Terms\n\n- On their own authority, your account manager can take 7 further points off; more needs the approval of our pricing board.',
    });
    expect(leaks('I can take a further 7 points off on my own authority.', world)).toEqual([]);
  });
});
