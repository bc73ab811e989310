// A plain HTTP route beside tRPC (a photo, a readiness check) answers an unreachable database the way a
// procedure does: 503 with the common code, so a client knows to try again rather than report a crash.
import { commonErrors } from '@duda/contract-kit';
import { databaseFailureOf } from './database-errors.ts';

/** How long a client should wait before trying again while the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface DatabaseUnavailableBody {
  statusCode: 503;
  error: 'Service Unavailable';
  code: string;
  message: string;
}

/** The body of the 503 for an error that means "the database cannot be reached"; null for any other error. */
export function databaseUnavailableBody(error: unknown): DatabaseUnavailableBody | null {
  if (databaseFailureOf(error) !== 'unavailable') return null;
  const { code, message } = commonErrors.databaseUnavailable();
  return { statusCode: 503, error: 'Service Unavailable', code, message };
}
