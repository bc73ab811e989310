// Errors the domain raises on purpose. Plain class, no framework: domain modules throw it, the service
// kit maps it to a tRPC error code. `message` is shown to the user, so it is written in Chinese.

export type DomainErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Dotted path of the input field the error is about, e.g. `items.3.score`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badRequest = (message: string, field?: string) => new DomainError('BAD_REQUEST', message, field);
export const forbidden = (message = '您没有权限执行此操作') => new DomainError('FORBIDDEN', message);
export const notFound = (message = '要找的记录不存在或已被删除') => new DomainError('NOT_FOUND', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const preconditionFailed = (message: string) => new DomainError('PRECONDITION_FAILED', message);
