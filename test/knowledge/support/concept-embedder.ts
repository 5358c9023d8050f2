/** A deterministic embeddings model for tests: each dimension is a concept, so "log in" and "single sign-on" meet. */
import type { Embedder } from '../../../src/services/knowledge/embedder.ts';

// Phrases per concept; none of a query's words need to appear in a passage for them to share a concept.
const CONCEPTS: readonly (readonly string[])[] = [
  ['single sign-on', 'sso', 'saml', 'okta', 'log in', 'login', 'sign in', 'identity', 'password'],
  ['price', 'pricing', 'cost', 'discount', 'per seat', 'budget', 'expensive', 'cheaper', 'pay'],
  ['hosted', 'frankfurt', 'virginia', 'residency', 'region', 'europe', 'stored', 'where our records live'],
  ['training', 'onboarding', 'academy', 'kickoff', 'teach', 'learn', 'get started'],
  ['soc 2', 'iso 27001', 'certified', 'certification', 'audit', 'compliance', 'attestation'],
];

export function conceptVector(text: string): number[] {
  const lower = text.toLowerCase();
  // A small constant keeps every vector non-zero, so cosine similarity is always defined.
  return CONCEPTS.map((phrases) => phrases.filter((p) => lower.includes(p)).length + 0.01);
}

export function conceptEmbedder(onEmbed?: (texts: readonly string[]) => void): Embedder {
  return {
    id: 'test:concepts',
    async embed(texts) {
      onEmbed?.(texts);
      return texts.map(conceptVector);
    },
  };
}
