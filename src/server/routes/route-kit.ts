/** Small helpers every route file shares: JSON bodies and the error responses the OpenAPI document lists. */
import type { z } from 'zod';
import { ErrorBody } from '../http-errors.ts';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const error = (description: string) => json(ErrorBody, description);

/** Every authenticated route can answer these; listed so clients know the shape of a refusal. */
export const authErrors = {
  401: error('not logged in, or the token is wrong'),
  403: error('not allowed, or a missing CSRF token'),
  429: error('rate limited: see Retry-After'),
} as const;

export const notFound = { 404: error('no such record, or not one you may see') } as const;
export const invalid = { 400: error('the input does not match the schema') } as const;
export const conflict = { 409: error('the record changed state meanwhile') } as const;
export const blocked = { 422: error('blocked by the guardrails or the contact rules') } as const;
