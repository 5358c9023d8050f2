import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new versioned migration into ./drizzle from the schema's diff.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './drizzle',
});
