/** Opens the configured store for one CLI command and always closes it (releasing the embedded store's lock). */
import { loadConfig } from '../config/env.ts';
import { openStore, type Store, storeTarget } from '../store/open-store.ts';

export async function withStore<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeTarget(loadConfig()));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
