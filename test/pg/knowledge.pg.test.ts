import { runKnowledgeContract } from '../knowledge/knowledge-contract.ts';
import { openFreshPostgresStore } from '../support/fresh-postgres.ts';

runKnowledgeContract('PostgreSQL', () => openFreshPostgresStore(2));
