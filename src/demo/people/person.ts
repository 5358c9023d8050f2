/** A person who writes or receives mail in the demo world: a rep, a manager or a customer contact. */
import type { ContactRole } from '../../domain/workspace/workspace-schema.ts';
import type { Region } from '../accounts/regions.ts';
import type { MailStyle } from '../mail/mail-style.ts';

export interface Person {
  readonly id: string;
  readonly first: string;
  readonly last: string;
  readonly name: string;
  readonly email: string;
  readonly title: string;
  readonly company: string;
  readonly phone: string;
  readonly tz: string;
  readonly region: Region;
  readonly side: 'seller' | 'customer';
  readonly style: MailStyle;
  readonly role?: ContactRole;
}

/** "Jane Doe <jane@x.com>", as mail headers show a person. */
export const mailbox = (p: Pick<Person, 'name' | 'email'>): string => `${p.name} <${p.email}>`;
