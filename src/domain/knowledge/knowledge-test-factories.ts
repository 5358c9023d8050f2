/** Small builders for knowledge tests. */
import type { KnowledgeDocument } from '../workspace/workspace-schema.ts';

export function aDocument(overrides: Partial<KnowledgeDocument> = {}): KnowledgeDocument {
  return {
    id: 'doc-1',
    title: 'Security overview',
    kind: 'security',
    body: '# Security\n\nEnterprise includes SAML single sign-on.',
    ...overrides,
  };
}
