/** Opens the store and composes the app around it for one CLI command; always closes both. */
import { type AppRuntime, composeRuntime } from '../runtime/app-runtime.ts';
import { withStore } from './with-store.ts';

export function withRuntime<T>(
  run: (runtime: AppRuntime) => Promise<T>,
  options: { jobs?: boolean } = {},
): Promise<T> {
  return withStore(async (store) => {
    const runtime = await composeRuntime(store, options);
    try {
      return await run(runtime);
    } finally {
      await runtime.close();
    }
  });
}
