/** Child-process helper: opens the embedded store under CLOSELOOP_HOME and holds it until killed. */
import { loadConfig } from '../../src/config/env.ts';
import { openStore, storeTarget } from '../../src/store/open-store.ts';

await openStore(storeTarget(loadConfig()));
process.stdout.write('holding\n');
setInterval(() => {}, 1 << 30);
