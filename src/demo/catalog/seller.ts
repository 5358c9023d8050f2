/** The selling company of every demo world: who "we" are. */

export const SELLER = {
  name: 'Brightline Analytics',
  domains: ['brightline.io', 'brightlinehq.com'],
  website: 'brightline.io',
} as const;

/** The plans reps sell, by size of deal. */
export const PLANS = ['Brightline Team', 'Brightline Business', 'Brightline Enterprise'] as const;

export const COMPETITORS = ['Contoso BI', 'Fabrikam Insights', 'Tailspin Analytics'] as const;
