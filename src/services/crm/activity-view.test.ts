import { describe, expect, it } from 'vitest';
import { aNote, anEmail } from '../../testing/factories.ts';
import { viewActivity } from './activity-view.ts';

const quotedReply = [
  'Friday works. Can you include the SSO option?',
  '',
  'Thanks,',
  'Hank',
  '',
  'On Tue, Feb 17, 2026 at 8:02 AM Dana Ortiz <dana@northwind.io> wrote:',
  "> I'll send the revised proposal by Friday.",
].join('\n');

describe('an activity as tools show it', () => {
  it("keeps only the author's own words of an email: no quoted mail, no signature", () => {
    const view = viewActivity(anEmail({ body: quotedReply }), false);
    expect(view.text).toBe('Friday works. Can you include the SSO option?');
    expect(view.raw).toBeUndefined();
  });

  it('gives the stored body, quotes and all, when asked for it', () => {
    expect(viewActivity(anEmail({ body: quotedReply }), true).raw).toBe(quotedReply);
  });

  it('shows a note or call as written: only email carries quoted mail', () => {
    expect(viewActivity(aNote({ body: 'Hank: budget approved.\n> from the CFO' }), false).text).toBe(
      'Hank: budget approved.\n> from the CFO',
    );
  });

  it('leaves out text for an activity without a body', () => {
    expect('text' in viewActivity(anEmail({ body: undefined }), false)).toBe(false);
  });
});
