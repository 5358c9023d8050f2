/** Slows password guessing: failed logins drain a bucket per account and one per address; both must have room. */
import type { AuthConfig } from '../services/auth/auth-config.ts';
import { type Take, TokenBuckets } from './rate-limit/token-bucket.ts';

export class LoginThrottle {
  private readonly accounts: TokenBuckets;
  private readonly addresses: TokenBuckets;

  constructor(config: Pick<AuthConfig, 'loginAccountAttempts' | 'loginIpAttempts' | 'loginRefillMs'>) {
    const perSecond = 1000 / config.loginRefillMs;
    this.accounts = new TokenBuckets({ perSecond, burst: config.loginAccountAttempts });
    this.addresses = new TokenBuckets({ perSecond, burst: config.loginIpAttempts });
  }

  /** Checked before the password is: a paused account is refused without spending a hash on it. */
  check(email: string, ip: string, nowMs: number): Take {
    const account = this.accounts.peek(key(email), nowMs);
    const address = this.addresses.peek(ip, nowMs);
    if (!account.ok && !address.ok)
      return { ok: false, retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds) };
    return account.ok ? address : account;
  }

  failed(email: string, ip: string, nowMs: number): void {
    this.accounts.take(key(email), nowMs);
    this.addresses.take(ip, nowMs);
  }

  succeeded(email: string): void {
    this.accounts.reset(key(email));
  }
}

const key = (email: string): string => email.trim().toLowerCase();
