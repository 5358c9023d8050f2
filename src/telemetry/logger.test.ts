import { describe, expect, it } from 'vitest';
import { errorForLog } from './logger.ts';

describe('errors in logs', () => {
  it('keep their code and message but not the database client they carry', () => {
    const error = Object.assign(new Error('terminating connection'), {
      code: '57P01',
      client: { connectionParameters: { password: 'secret' } },
    });
    const logged = errorForLog(error);
    expect(logged).toMatchObject({ type: 'Error', message: 'terminating connection', code: '57P01' });
    expect(JSON.stringify(logged)).not.toContain('secret');
  });
});
