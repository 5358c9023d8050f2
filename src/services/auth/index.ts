/** The auth services other parts call: logins, sessions, API tokens, demo logins. */

export {
  type ApiTokenInfo,
  createApiToken,
  listApiTokens,
  resolveApiToken,
  revokeApiToken,
  TOKEN_PREFIX,
} from './api-tokens.ts';
export { type AuthConfig, authConfig } from './auth-config.ts';
export {
  addLogin,
  checkPassword,
  findUserByEmail,
  type LoginUser,
  listLogins,
  MIN_PASSWORD_LENGTH,
  setPassword,
} from './credentials.ts';
export { createDemoLogins, type DemoLogin } from './demo-logins.ts';
export { createSession, csrfTokenFor, endSession, findSession, purgeExpiredSessions } from './sessions.ts';
