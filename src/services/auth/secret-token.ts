/** Random secrets (session ids, API tokens, one-time passwords) and the one-way hashes the store keeps of them. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes: guessing one is out of reach, so a plain SHA-256 (no salt, no stretching) is enough to store. */
export const newSecret = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** A value derived from a secret for another purpose (the CSRF token from the session id): one-way, keyed. */
export const deriveSecret = (secret: string, purpose: string): string =>
  createHmac('sha256', secret).update(purpose).digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

// No 0/O, 1/l/I: a printed password is read off a terminal and typed by hand.
const READABLE = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A password a person can type: three groups of four, about 60 bits. */
export function readablePassword(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => READABLE[b % READABLE.length]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8, 12)].map((g) => g.join('')).join('-');
}
