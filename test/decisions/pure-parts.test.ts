import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMime } from '../../src/email/compose-mime.ts';
import { activityMessageId, messageIdFileName, proposalMessageId } from '../../src/email/message-ids.ts';
import { classify } from '../../src/email/smtp-transport.ts';
import { parseSmtpUrl } from '../../src/email/smtp-url.ts';
import { autoApprovalFor } from '../../src/services/decisions/create-proposal.ts';
import { diffDrafts, diffLines } from '../../src/services/decisions/draft-diff.ts';
import { payloadToText, textToPayload, withBody } from '../../src/services/decisions/draft-text.ts';
import { retryDelayMs } from '../../src/services/decisions/outbox/backoff.ts';
import { checkRecipientList } from '../../src/services/decisions/recipient-policy.ts';
import { sampledForReview } from '../../src/services/decisions/review-sample.ts';
import { anEmail } from './queue-fixtures.ts';

describe('the draft diff', () => {
  it('keeps unchanged lines and marks removed and added ones', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: '=', line: 'a' },
      { op: '-', line: 'b' },
      { op: '+', line: 'B' },
      { op: '=', line: 'c' },
      { op: '+', line: 'd' },
    ]);
  });

  it('finds no diff when the approved payload is the draft', () => {
    expect(diffDrafts(anEmail(), anEmail())).toBeUndefined();
  });

  it('names the changed fields and how much of the body was rewritten', () => {
    const diff = diffDrafts(
      anEmail(),
      anEmail({ cc: ['sam@northwind.io'], body: 'Hi Hank,\n\nNew text.\n\nBest,\nDana' }),
    );
    expect(diff).toMatchObject({
      changedFields: ['cc', 'body'],
      linesRemoved: 1,
      linesAdded: 1,
      rewriteRatio: 0.167,
    });
  });
});

describe('the outbox backoff', () => {
  it('doubles from the base per attempt, never past the cap, with bounded jitter', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, 5000, middle))).toEqual([1000, 2000, 4000, 5000]);
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 60_000, () => 0.999)).toBe(1200);
  });
});

describe('telling a lost message from an undelivered one', () => {
  const error = (props: object) => Object.assign(new Error('boom'), props);

  it('retries anything that failed before the message body went out', () => {
    expect(classify(error({ code: 'ESOCKET', command: 'CONN' }), false)).toMatchObject({
      status: 'not_sent',
      retryable: true,
    });
    expect(
      classify(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 451 }), false),
    ).toMatchObject({ retryable: true });
  });

  it('gives up at once on a permanent refusal or bad credentials', () => {
    expect(
      classify(error({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550 }), false),
    ).toMatchObject({ status: 'not_sent', retryable: false });
    expect(classify(error({ code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535 }), false)).toMatchObject(
      { retryable: false },
    );
  });

  it('trusts an explicit refusal of the data, but never a dropped line after it', () => {
    expect(classify(error({ code: 'EMESSAGE', command: 'DATA', responseCode: 452 }), true)).toMatchObject({
      status: 'not_sent',
      retryable: true,
    });
    expect(classify(error({ code: 'ECONNECTION', command: 'CONN' }), true)).toMatchObject({
      status: 'unknown',
    });
    expect(classify(error({ code: 'ETIMEDOUT', command: 'CONN' }), true)).toMatchObject({
      status: 'unknown',
    });
  });
});

describe('SMTP_URL', () => {
  it('reads host, port, TLS mode and credentials, and never shows the password', () => {
    const t = parseSmtpUrl(
      'smtps://dana%40northwind.io:p%40ss@mail.example.com?rejectUnauthorized=false',
      5000,
    );
    expect(t.options).toMatchObject({
      host: 'mail.example.com',
      port: 465,
      secure: true,
      tls: { rejectUnauthorized: false },
    });
    expect(t.auth).toEqual({ user: 'dana@northwind.io', pass: 'p@ss' });
    expect(t.label).toBe('smtps://dana%40northwind.io@mail.example.com:465');
    expect(parseSmtpUrl('smtp://relay:2525?requireTLS=true', 5000).options).toMatchObject({
      port: 2525,
      secure: false,
      requireTLS: true,
    });
  });
});

describe('Message-IDs', () => {
  it('gives imported activities and sent proposals stable ids that threads can point at', () => {
    expect(activityMessageId({ id: 'act-2' })).toBe('<act-2@closeloop.local>');
    expect(activityMessageId({ id: 'x', messageId: '<CAF=abc@mail.gmail.com>' })).toBe(
      '<CAF=abc@mail.gmail.com>',
    );
    expect(proposalMessageId('p-1')).toBe('<cl-p-1@closeloop.local>');
    expect(messageIdFileName('<cl-p-1@closeloop.local>')).toBe('cl-p-1@closeloop.local.eml');
    expect(messageIdFileName('<../../etc/passwd@x>')).toBe('.._.._etc_passwd@x.eml');
  });

  it('composes a reply with its threading headers', async () => {
    const raw = await composeMime(
      {
        messageId: '<cl-p-1@closeloop.local>',
        from: { name: 'Dana Ortiz', address: 'dana@northwind.io' },
        to: ['hank@globex.com'],
        cc: ['sam@northwind.io'],
        subject: 'Re: Proposal',
        text: 'Hi Hank',
        inReplyTo: '<act-2@closeloop.local>',
        references: ['<act-1@closeloop.local>', '<act-2@closeloop.local>'],
      },
      new Date('2026-02-20T15:00:00Z'),
    );
    const mail = await simpleParser(raw);
    expect(mail.inReplyTo).toBe('<act-2@closeloop.local>');
    expect(mail.references).toEqual(['<act-1@closeloop.local>', '<act-2@closeloop.local>']);
    expect(mail.cc && !Array.isArray(mail.cc) ? mail.cc.text : '').toBe('sam@northwind.io');
    expect(mail.date).toEqual(new Date('2026-02-20T15:00:00Z'));
  });
});

describe('who a draft may reach', () => {
  const world = {
    accountName: 'Soylent',
    sellerDomains: ['northwind.io'],
    contacts: [
      { id: 'c-sol', name: 'Sol Roth', email: 'sol@soylent.com', status: 'left_company' },
      { id: 'c-thorn', name: 'Frank Thorn', email: 'frank@soylent.com', status: 'active' },
    ],
  };

  it("allows the account's active contacts and our own people", () => {
    expect(checkRecipientList(['Frank Thorn <FRANK@soylent.com>', 'sam@northwind.io'], world)).toEqual([]);
  });

  it('blocks a contact who left, a stranger, and something that is not an address', () => {
    expect(
      checkRecipientList(['sol@soylent.com', 'hank@globex.com', 'frank'], world).map((f) => f.check),
    ).toEqual(['left_company', 'unknown', 'malformed']);
  });
});

describe('editing a draft as text', () => {
  it('round-trips an email through the editor text, keeping citations and thread', () => {
    const draft = anEmail();
    const text = payloadToText(draft)
      .replace('Cc: ', 'Cc: sam@northwind.io')
      .replace('10% off list.', '10% off list, as agreed.');
    const edited = textToPayload(draft, text);
    expect(edited).toEqual(
      anEmail({
        cc: ['sam@northwind.io'],
        body:
          draft.kind === 'send_email'
            ? draft.email.body.replace('10% off list.', '10% off list, as agreed.')
            : '',
      }),
    );
  });

  it('refuses an edit that leaves no recipient', () => {
    expect(() => textToPayload(anEmail(), 'To:\nSubject: x\n\nbody')).toThrow(/email.to/);
  });

  it('replaces only the body from a file', () => {
    const edited = withBody(anEmail(), 'New body\r\n\r\n');
    expect(edited).toEqual(anEmail({ body: 'New body' }));
  });
});

describe('what may skip the queue', () => {
  it('only internal kinds, and only what the team enabled', () => {
    const nextStep = {
      kind: 'update_opportunity' as const,
      update: { changes: [{ field: 'nextStep' as const, from: null, to: 'Call' }], reason: 'r' },
    };
    const stage = {
      kind: 'update_opportunity' as const,
      update: { changes: [{ field: 'stage' as const, from: 'Demo', to: 'Proposal' }], reason: 'r' },
    };
    expect(autoApprovalFor(nextStep, ['next_step'])).toBe('next_step');
    expect(autoApprovalFor(stage, ['next_step'])).toBeUndefined();
    expect(autoApprovalFor(anEmail(), ['next_step', 'log_activity'])).toBeUndefined();
    expect(autoApprovalFor(nextStep, [])).toBeUndefined();
  });

  it('always samples an approval given less time than the minimum dwell', () => {
    expect(sampledForReview('p-any', 0, 2_000, 8_000)).toBe(true);
    expect(sampledForReview('p-any', 0, 20_000, 8_000)).toBe(false);
    expect(sampledForReview('p-any', 1, 20_000, 8_000)).toBe(true);
  });
});
