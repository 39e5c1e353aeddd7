import { createTranslator } from 'next-intl';
import en from '../../../messages/en.json';

/**
 * A message of `serviceErrors` in the admin's message files. The key type comes from the English
 * file, so a throw site cannot name a message that is not there (the Swedish file has every
 * English key: `messages.test.ts`).
 */
export type TServiceErrorKey = keyof (typeof en)['serviceErrors'];
export type TServiceErrorParams = Readonly<Record<string, string | number>>;

/** What the admin's client needs to word an error in its reader's language (issue 18). */
export interface TServiceErrorWording {
  key: TServiceErrorKey;
  params: TServiceErrorParams;
}

// One home for each sentence: the English file. The server's message (logs, API, CLI) is the
// English of the same key the client words in Swedish, so the two cannot drift apart.
const english = createTranslator({ locale: 'en', messages: en.serviceErrors }) as unknown as (
  key: string,
  values?: TServiceErrorParams,
) => string;

/**
 * A message by key and values, for a ServiceError:
 * `throw new ConflictError(say('categoryKeyTaken', { key }))`.
 */
export function say(key: TServiceErrorKey, params: TServiceErrorParams = {}): TServiceErrorWording {
  return { key, params };
}

/** A plain string (a message from elsewhere, such as the scanner's) or a worded one. */
export type TServiceErrorMessage = string | TServiceErrorWording;

/**
 * Errors services throw. They carry a stable code and a message fit for the person using the
 * admin; transports (tRPC, HTTP routes, the CLI) map them in one place each. A worded message
 * also travels as `wording` (key and values), so the admin shows it in the reader's language;
 * `message` stays English.
 */
export class ServiceError extends Error {
  readonly wording: TServiceErrorWording | undefined;

  constructor(
    readonly code:
      | 'UNAUTHORIZED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'VALIDATION'
      | 'LIMIT_EXCEEDED',
    message: TServiceErrorMessage,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : english(message.key, message.params));
    this.wording = typeof message === 'string' ? undefined : message;
    this.name = new.target.name;
  }
}

/** The HTTP status of each code, for the admin's plain HTTP routes. */
export const HTTP_STATUS: Record<ServiceError['code'], number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  LIMIT_EXCEEDED: 429,
};

export class UnauthorizedError extends ServiceError {
  constructor(message: TServiceErrorMessage = say('signIn')) {
    super('UNAUTHORIZED', message);
  }
}

export class ForbiddenError extends ServiceError {
  /** `details.field`: the form field the refusal is about (shown next to it). */
  constructor(message: TServiceErrorMessage = say('forbidden'), details?: { field?: string }) {
    super('FORBIDDEN', message, details);
  }
}

/** The keys that name a missing row: "Site not found." */
export type TNotFoundKey = Extract<TServiceErrorKey, `${string}NotFound`>;

/** Also used for rows of another organisation, so ids cannot be probed across tenants. */
export class NotFoundError extends ServiceError {
  constructor(key: TNotFoundKey, params?: TServiceErrorParams) {
    super('NOT_FOUND', say(key, params));
  }
}

/** A stale write (revision mismatch) or a uniqueness clash; `details.current` holds current values. */
export class ConflictError extends ServiceError {
  constructor(message: TServiceErrorMessage, details?: { current?: unknown; field?: string }) {
    super('CONFLICT', message, details);
  }
}

export class ValidationError extends ServiceError {
  constructor(
    message: TServiceErrorMessage,
    details?: { issues?: string[]; field?: string; findings?: unknown[] },
  ) {
    super('VALIDATION', message, details);
  }
}

export class LimitExceededError extends ServiceError {
  constructor(message: TServiceErrorMessage) {
    super('LIMIT_EXCEEDED', message);
  }
}
