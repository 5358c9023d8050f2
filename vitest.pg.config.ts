import { defineConfig } from 'vitest/config';

// The PostgreSQL suite: the same contracts as the embedded suite, against DATABASE_URL (a fresh database per file).
export default defineConfig({
  test: {
    include: ['test/pg/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
