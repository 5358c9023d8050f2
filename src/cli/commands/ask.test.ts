import { describe, expect, it } from 'vitest';
import { queueHint } from './ask.ts';

describe('closeloop ask: the terminal’s hint for a proposal', () => {
  it('tells the rep how to open and decide a pending proposal from the CLI', () => {
    expect(queueHint({ id: 'p-1a2b', kind: 'send_email', state: 'pending', blocked: true })).toBe(
      'Review it with `closeloop show p-1a2b`, then `closeloop approve p-1a2b` or `closeloop reject p-1a2b`.',
    );
  });

  it('says nothing when there is nothing left to decide', () => {
    expect(queueHint(undefined)).toBeUndefined();
    expect(queueHint({ id: 'p-9', kind: 'log_activity', state: 'done', blocked: false })).toBeUndefined();
  });
});
