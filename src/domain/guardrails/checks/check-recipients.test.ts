import { describe, expect, it } from 'vitest';
import { check } from '../guard-test-factories.ts';

describe('recipients', () => {
  it('passes the account’s active contacts and our own addresses, in any case or display form', () => {
    expect(
      check('Checking in.', {
        to: ['Hank Moss <HANK@globex.com>'],
        cc: ['raj@northwind.io', 'x@eu.northwind.io'],
      }).blocked,
    ).toBe(false);
  });

  it.each([
    [['sol@globex.com'], 'left_company'],
    [['ann@globex.com'], 'bounced'],
    [['alice@umbrellahealth.com'], 'other_account'],
    [['new.person@globex.com'], 'unknown'],
    [['hank.private@gmail.com'], 'unknown'],
    [['not-an-address'], 'malformed'],
  ])('blocks %s (%s)', (to, why) => {
    const result = check('Checking in.', { to });
    expect(result.blocked).toBe(true);
    expect(result.findings[0]).toMatchObject({ kind: 'recipient', check: why, field: 'to' });
  });

  it('blocks an outside address in cc even when the main recipient is fine', () => {
    const result = check('Checking in.', { cc: ['gavin.belson.home@gmail.com'] });
    expect(result.findings).toContainEqual(expect.objectContaining({ kind: 'recipient', field: 'cc' }));
  });

  it('blocks an address on a look-alike of our domain', () => {
    expect(check('Checking in.', { cc: ['dana@northwind.io.evil.com'] }).blocked).toBe(true);
    expect(check('Checking in.', { cc: ['dana@notnorthwind.io'] }).blocked).toBe(true);
  });

  it('warns when there is no recipient at all', () => {
    const result = check('Checking in.', { to: [] });
    expect(result.blocked).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ kind: 'recipient', severity: 'warn' }));
  });
});
