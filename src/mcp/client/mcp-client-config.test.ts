import { describe, expect, it } from 'vitest';
import { mcpClientConfig } from './mcp-client-config.ts';

describe('the MCP client settings', () => {
  it("reads closeloop's own tools in process when nothing is set", () => {
    expect(mcpClientConfig({})).toEqual({
      gather: 'mcp',
      url: undefined,
      token: undefined,
      command: undefined,
      mappingFile: undefined,
      maxIdsPerCall: 500,
      callTimeoutMs: 120_000,
    });
  });

  it('splits a stdio command line into the command and its arguments', () => {
    expect(
      mcpClientConfig({ CLOSELOOP_MCP_CRM_COMMAND: ' npx -y  other-crm-mcp --readonly ' }).command,
    ).toEqual(['npx', '-y', 'other-crm-mcp', '--readonly']);
  });

  it('refuses a URL and a command at once, and a mapping with neither', () => {
    expect(() =>
      mcpClientConfig({
        CLOSELOOP_MCP_CRM_URL: 'https://crm.example.com/mcp',
        CLOSELOOP_MCP_CRM_COMMAND: 'crm-mcp',
      }),
    ).toThrow('not both');
    expect(() => mcpClientConfig({ CLOSELOOP_MCP_CRM_MAPPING: 'crm.json' })).toThrow(
      'set CLOSELOOP_MCP_CRM_URL or CLOSELOOP_MCP_CRM_COMMAND too',
    );
  });

  it('names the variable that is wrong', () => {
    expect(() => mcpClientConfig({ CLOSELOOP_GATHER: 'crm' })).toThrow(/CLOSELOOP_GATHER/);
    expect(() => mcpClientConfig({ CLOSELOOP_MCP_CRM_URL: 'crm.example.com' })).toThrow(
      /^environment variable CLOSELOOP_MCP_CRM_URL: /,
    );
    expect(() => mcpClientConfig({ CLOSELOOP_MCP_MAX_IDS_PER_CALL: '5000' })).toThrow(
      /CLOSELOOP_MCP_MAX_IDS_PER_CALL/,
    );
  });
});
