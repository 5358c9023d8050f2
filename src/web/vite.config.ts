/** Builds the front end into dist/web, which `closeloop serve` serves; no plugins, JSX through Vite's own transform. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One small app: a single chunk loads faster than a waterfall of tiny ones.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev:web` proxies the API to a running `closeloop serve`.
    proxy: { '/api': 'http://127.0.0.1:4400', '/healthz': 'http://127.0.0.1:4400' },
  },
});
