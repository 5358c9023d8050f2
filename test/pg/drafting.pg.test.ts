import { runDraftingMissionContract } from '../drafting/mission-drafts-contract.ts';
import { openFreshPostgresStore } from '../support/fresh-postgres.ts';

runDraftingMissionContract('PostgreSQL', () => openFreshPostgresStore());
