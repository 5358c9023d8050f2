/** The whole relational schema, as drizzle-kit and the query builder see it. */
export * from './auth.ts';
export * from './catalog.ts';
export * from './copilot.ts';
export * from './crm.ts';
export * from './decisions.ts';
export * from './knowledge.ts';
export * from './llm.ts';
export * from './missions.ts';
export * from './workspace.ts';
