/** Password hashing with scrypt (node:crypto): a random salt per password, parameters kept in the hash string. */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    // Async scrypt runs on libuv's thread pool: a login never stalls the event loop that serves everyone else.
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const memoryFor = (n: number, r: number, p: number): number => 128 * n * r * p + 1024 * 1024;

/** `scrypt$<log2 N>$<r>$<p>$<salt b64>$<key b64>`: a hash made with an older cost still verifies after a change. */
export async function hashPassword(password: string, logN: number): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const N = 2 ** logN;
  const key = await derive(password, salt, { N, r: 8, p: 1, maxmem: memoryFor(N, 8, 1) });
  return [PREFIX, logN, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [prefix, logN, r, p, salt, key] = stored.split('$');
  if (prefix !== PREFIX || !logN || !r || !p || !salt || !key) return false;
  const N = 2 ** Number(logN);
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: memoryFor(N, Number(r), Number(p)),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/**
 * Spends the same time as a real check for an unknown email, so response times do not tell which addresses have
 * an account.
 */
export async function spendVerifyTime(password: string, logN: number): Promise<void> {
  decoy ??= hashPassword('closeloop-decoy-password', logN);
  await verifyPassword(password, await decoy);
}
