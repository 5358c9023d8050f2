/**
 * What makes two requests the same question for the answer cache: the same person, task, subject and instant, and
 * for a product question the same content words ("Does Enterprise support Okta?" = "enterprise okta support").
 */
import type { CopilotIntent, CopilotRoute } from './copilot-schema.ts';
import { phrase } from './text/fold-text.ts';

/** Tasks whose answers are cached: they only read, and what they read has a version. */
export const CACHED_INTENTS: ReadonlySet<CopilotIntent> = new Set(['research_account', 'product_question']);

const FILLER = new Set(
  `please pls plz can could would you u hey hi hello quick quickly me for us i we the a an just tell give show
  let know wondering curious kindly thanks thank thx what whats is are do does of to about on with our my`.split(
    /\s+/,
  ),
);

/** The request as the cache compares it: folded, without filler words and punctuation. */
export function normalizeRequest(text: string): string {
  return phrase(text)
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

/** Whose cache an answer may be shared from: everyone's for a general product answer, else the asker's own. */
export const SHARED_SCOPE = '*';

/**
 * A product answer from the general knowledge base is the same for everyone who may ask it: shared. Anything about
 * an account depends on what the asker may see, and an "I don't know" names the asker's own manager: personal.
 */
export const shareable = (route: CopilotRoute): boolean =>
  route.intent === 'product_question' && !route.accountId;

/** The cache key's parts, before hashing. A research answer keys on its subject; a product answer on its words too. */
export function cacheKeyParts(scope: string, route: CopilotRoute, asOf: string, text: string): string[] {
  const words =
    route.intent === 'product_question'
      ? [...new Set(normalizeRequest(text).split(' '))].sort().join(' ')
      : '';
  return [
    'copilot-cache-v1',
    scope,
    route.intent,
    route.accountId ?? '',
    route.intent === 'research_account' ? '' : (route.opportunityId ?? ''),
    asOf,
    words,
  ];
}

/** The records an answer rests on: a change to any of them is a miss. */
export type CacheDependency = { kind: 'account' | 'knowledge'; id: string };

export function cacheDependencies(route: CopilotRoute): CacheDependency[] {
  if (route.intent === 'product_question') return [{ kind: 'knowledge', id: '*' }];
  return route.accountId ? [{ kind: 'account', id: route.accountId }] : [];
}
