/**
 * Errors services throw. They carry a stable code and a message fit for the person using the
 * admin; transports (tRPC, HTTP routes, the CLI) map them in one place each.
 */
export class ServiceError extends Error {
  constructor(
    readonly code:
      | 'UNAUTHORIZED'
      | 'FORBIDDEN'
      | 'NOT_FOUND'
      | 'CONFLICT'
      | 'VALIDATION'
      | 'LIMIT_EXCEEDED',
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
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
  constructor(message = 'Please sign in.') {
    super('UNAUTHORIZED', message);
  }
}

export class ForbiddenError extends ServiceError {
  /** `details.field`: the form field the refusal is about (shown next to it). */
  constructor(message = 'Your role does not allow this.', details?: { field?: string }) {
    super('FORBIDDEN', message, details);
  }
}

/** Also used for rows of another organisation, so ids cannot be probed across tenants. */
export class NotFoundError extends ServiceError {
  constructor(entity: string) {
    super('NOT_FOUND', `${entity} not found.`);
  }
}

/** A stale write (revision mismatch) or a uniqueness clash; `details.current` holds current values. */
export class ConflictError extends ServiceError {
  constructor(message: string, details?: { current?: unknown; field?: string }) {
    super('CONFLICT', message, details);
  }
}

export class ValidationError extends ServiceError {
  constructor(
    message: string,
    details?: { issues?: string[]; field?: string; findings?: unknown[] },
  ) {
    super('VALIDATION', message, details);
  }
}

export class LimitExceededError extends ServiceError {
  constructor(message: string) {
    super('LIMIT_EXCEEDED', message);
  }
}
