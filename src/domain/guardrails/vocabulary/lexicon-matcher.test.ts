import { describe, expect, it } from 'vitest';
import { matchTerms } from './lexicon-matcher.ts';

const ids = (text: string) => matchTerms(text).map((m) => m.term.id);

describe('matchTerms', () => {
  it('prefers the most specific certification', () => {
    expect(ids('our SOC 2 Type II report')).toEqual(['soc2-type2']);
    expect(ids('SOC2 Type 1 and SOC 2')).toEqual(['soc2-type1', 'soc2']);
    expect(ids('ISO/IEC 27001 and ISO 27701')).toEqual(['iso27001', 'iso27701']);
  });

  it('knows identity providers by their several names', () => {
    expect(ids('Okta, Azure Active Directory, Entra ID and Google Workspace')).toEqual([
      'okta',
      'azure-ad',
      'azure-ad',
      'google-workspace',
    ]);
    expect(ids('single sign-on, single-sign-on and SSO')).toEqual(['sso', 'sso', 'sso']);
  });

  it('matches case-sensitive names only in their case', () => {
    expect(ids('cut us some slack')).toEqual([]);
    expect(ids('post to Slack')).toEqual(['slack']);
    expect(ids('said the ai')).toEqual([]);
    expect(ids('AI forecasting')).toEqual(['ai', 'ai']);
  });

  it('reads round-the-clock support however the table writes it', () => {
    expect(ids('Severity 1: 15 minutes, 24×7')).toEqual(['support-247']);
  });

  it('does not match inside longer words', () => {
    expect(ids('the pilots were apilot')).toEqual(['pilot']);
    expect(ids('retrial')).toEqual([]);
  });

  it('finds commercial offers and billing terms', () => {
    expect(ids('a free trial, no setup fee, billed monthly, net 30, 24/7 support')).toEqual([
      'trial',
      'setup-fee',
      'billing-month',
      'payment-terms',
      'support-247',
    ]);
  });
});
