/** The demo world generator's public surface: options, the in-memory world, the streaming file writer. */
export { DEFAULT_AS_OF, DemoOptions, type DemoOptionsInput } from './demo-options.ts';
export { type DemoWorld, generateDemoWorld, planDemoWorld } from './generate-demo-world.ts';
export { labelsText, workspaceText } from './output/json-text.ts';
export { type DemoWorldSummary, writeDemoWorld } from './output/write-demo-world.ts';
