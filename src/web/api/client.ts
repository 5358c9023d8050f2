/** Calls the API as the logged-in browser: same-origin cookies, the CSRF token on every change, errors as ApiError. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After, when the server says how long to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token ?? '';
};
export const csrfHeader = (): Record<string, string> => ({ 'X-CSRF-Token': csrfToken });

/** A refused response as an ApiError, with the server's own words when it sent the usual error body. */
export function errorFrom(res: Response, text: string): ApiError {
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  const error = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
  const retry = Number(res.headers.get('retry-after'));
  return new ApiError(
    res.status,
    error?.code ?? 'http_error',
    error?.message ?? `${res.status} ${res.statusText}`,
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

export async function api<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(method !== 'GET' ? csrfHeader() : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  if (!res.ok) throw errorFrom(res, text);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const get = <T>(path: string): Promise<T> => api<T>('GET', path);
export const post = <T>(path: string, body: unknown = {}): Promise<T> => api<T>('POST', path, body);
