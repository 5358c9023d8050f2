import { describe, expect, it } from 'vitest';
import { anEmail } from '../../testing/factories.ts';
import { authorship, sellerDomains } from './parties.ts';

const ours = sellerDomains({ name: 'Northwind', domains: ['northwind.io'] });

describe('who wrote it', () => {
  it('infers direction from the addresses when the field is missing', () => {
    expect(
      authorship(
        anEmail({ from: 'Hank <hank@globex.com>', to: ['dana@northwind.io'], direction: undefined }),
        ours,
      ),
    ).toEqual({
      party: 'them',
      direction: 'inbound',
    });
    expect(
      authorship(anEmail({ from: 'dana@northwind.io', to: ['hank@globex.com'], direction: undefined }), ours),
    ).toEqual({
      party: 'us',
      direction: 'outbound',
    });
    expect(
      authorship(
        anEmail({ from: 'dana@northwind.io', to: ['sam@northwind.io'], direction: undefined }),
        ours,
      ),
    ).toEqual({
      party: 'us',
      direction: 'internal',
    });
  });

  it('counts a subdomain of ours as ours and a mail system as neither side', () => {
    expect(authorship(anEmail({ from: 'dana@eu.northwind.io', to: ['hank@globex.com'] }), ours).party).toBe(
      'us',
    );
    expect(
      authorship(anEmail({ from: 'mailer-daemon@globex.com', to: ['dana@northwind.io'] }), ours).party,
    ).toBe('system');
  });

  it('trusts the addresses over a wrong direction field', () => {
    expect(
      authorship(anEmail({ from: 'hank@globex.com', to: ['dana@northwind.io'], direction: 'outbound' }), ours)
        .party,
    ).toBe('them');
  });

  it('falls back to the direction field when there is no sender', () => {
    expect(authorship(anEmail({ from: undefined, to: undefined, direction: 'inbound' }), ours)).toEqual({
      party: 'them',
      direction: 'inbound',
    });
  });
});
