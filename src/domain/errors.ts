/** The two error families every edge maps in one place: the user's to fix, and ours. */

export type Result<T, E = UserError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });

export type UserErrorCode =
  | 'invalid_input'
  | 'invalid_file'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'store_locked'
  | 'rate_limited'
  | 'blocked';

/** Something the user can fix: bad input, a missing record, a permission. Shown as one clear line. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Our fault: a bug or a broken dependency. Logged in full, shown as one line with its code. */
export class ServerFault extends Error {
  override readonly name = 'ServerFault';
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
