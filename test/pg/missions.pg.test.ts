import { runMissionContract } from '../missions/mission-contract.ts';
import { openFreshPostgresStore } from '../support/fresh-postgres.ts';

runMissionContract('PostgreSQL', () => openFreshPostgresStore());
