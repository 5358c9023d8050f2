import { describe, expect, it } from 'vitest';
import { parseRoute, routePath } from './router.ts';

describe('the router', () => {
  it('reads a proposal link as its own page, to be opened on its deal', () => {
    expect(parseRoute('/proposals/p-1a2b', '')).toEqual({ page: 'proposal', proposalId: 'p-1a2b' });
    expect(routePath({ page: 'proposal', proposalId: 'p-1a2b' })).toBe('/proposals/p-1a2b');
  });

  it('keeps the proposal picked on a deal in the address, beside the owner', () => {
    const route = parseRoute('/deals/o-101', '?owner=u-dana&proposal=p-9');
    expect(route).toEqual({ page: 'today', dealId: 'o-101', owner: 'u-dana', proposalId: 'p-9' });
    expect(routePath(route)).toBe('/deals/o-101?owner=u-dana&proposal=p-9');
    expect(routePath({ page: 'today', dealId: 'o-101' })).toBe('/deals/o-101');
    // Without a deal open there is no proposal to pick.
    expect(routePath({ page: 'today', proposalId: 'p-9' })).toBe('/');
  });
});
