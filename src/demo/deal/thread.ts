/** An email thread: replies go to the last sender, carry "Re:" and quote the previous message in the writer's style. */
import type { AutoReply } from '../mail/auto-replies.ts';
import type { Bounce } from '../mail/bounces.ts';
import { composeOwnText } from '../mail/compose.ts';
import { type QuotableMail, quoteBlock } from '../mail/quoting.ts';
import type { Person } from '../people/person.ts';
import type { Rng } from '../random.ts';
import { localMinuteOfDay, type Moment } from '../zoned-time.ts';
import type { DealBuilder } from './deal-builder.ts';

export interface SendOptions {
  readonly at: Moment;
  readonly paragraphs: readonly string[];
  readonly to?: readonly Person[];
  readonly cc?: readonly Person[];
  readonly mobile?: boolean;
  readonly bare?: boolean;
  /** Quote this message instead of the thread's last one (e.g. one that never reached the CRM); false quotes nothing. */
  readonly quote?: QuotableMail | false;
}

export interface SentMail extends QuotableMail {
  readonly sender: Person;
}

export class Thread {
  private readonly sent: SentMail[] = [];

  constructor(
    private readonly deal: DealBuilder,
    private readonly rng: Rng,
    readonly id: string,
    readonly subject: string,
    /** A last touch on what a person writes (the deal's prompt-injection line goes in here). */
    private readonly decorate: (from: Person, paragraphs: string[]) => string[] = (_, p) => p,
  ) {}

  get last(): SentMail | undefined {
    return this.sent.at(-1);
  }

  get count(): number {
    return this.sent.length;
  }

  private subjectFor(writer: Person): string {
    if (this.sent.length === 0) return this.subject;
    const prefix = writer.style.client === 'outlook' || writer.style.client === 'classic' ? 'RE: ' : 'Re: ';
    return `${prefix}${this.subject}`;
  }

  send(from: Person, o: SendOptions): SentMail {
    const previous = this.last;
    const to = o.to ?? (previous ? [previous.sender] : []);
    if (to.length === 0) throw new Error('a first message needs recipients');
    const cc =
      o.cc ??
      (previous
        ? [...previous.to, ...previous.cc].filter(
            (p) => p.email !== from.email && !to.some((t) => t.email === p.email),
          )
        : []);
    const mobile = o.mobile ?? this.rng.chance(from.style.mobileRate);
    const paragraphs = this.decorate(
      from,
      o.paragraphs.filter((p) => p.trim() !== ''),
    );
    const ownText = composeOwnText(this.rng, {
      writer: from,
      readers: to,
      paragraphs,
      mobile,
      minuteOfDay: localMinuteOfDay(o.at),
      bare: o.bare ?? false,
    });
    const quoted = o.quote === false ? undefined : (o.quote ?? previous);
    const body = quoted && from.style.quotes ? `${ownText}\n\n${quoteBlock(from, quoted)}` : ownText;
    const subject = o.quote && !previous ? `Re: ${this.subject}` : this.subjectFor(from);
    const mail: SentMail = {
      sender: from,
      fromName: from.name,
      fromEmail: from.email,
      to,
      cc,
      at: o.at,
      subject,
      ownText,
    };
    const internal = from.side === 'seller' && [...to, ...cc].every((p) => p.side === 'seller');
    this.deal.add({
      type: 'email',
      at: o.at,
      direction: internal ? 'internal' : from.side === 'seller' ? 'outbound' : 'inbound',
      from: from.email,
      to: to.map((p) => p.email),
      cc: cc.map((p) => p.email),
      subject,
      body,
      threadId: this.id,
    });
    this.sent.push(mail);
    return mail;
  }

  /** An automatic reply is mail from the customer but not a reply: it never becomes the message a reply quotes. */
  autoReply(from: Person, at: Moment, reply: AutoReply, to: Person): void {
    this.deal.add({
      type: 'email',
      at,
      direction: 'inbound',
      from: from.email,
      to: [to.email],
      subject: reply.subject,
      body: reply.body,
      threadId: this.id,
    });
  }

  bounce(at: Moment, report: Bounce, to: Person): void {
    this.deal.add({
      type: 'email',
      at,
      direction: 'inbound',
      from: report.from,
      to: [to.email],
      subject: report.subject,
      body: report.body,
      threadId: this.id,
    });
  }
}
