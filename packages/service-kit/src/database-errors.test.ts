import { describe, expect, it } from 'vitest';
import { databaseFailureOf } from './database-errors.ts';

/** What `pg` throws for an error the server reports (pg-protocol's DatabaseError). */
const pgError = (code: string, message = 'x') =>
  Object.assign(new Error(message), { code, severity: 'ERROR' });

/** What Prisma 7 throws over `@prisma/adapter-pg`, as observed: its own code, the adapter's error in `meta`. */
function prismaError(code: string, adapterCause: Record<string, unknown>) {
  const driverAdapterError = Object.assign(new Error(String(adapterCause.kind)), {
    name: 'DriverAdapterError',
    cause: adapterCause,
  });
  return Object.assign(new Error('Invalid `prisma.person.findMany()` invocation'), {
    name: 'PrismaClientKnownRequestError',
    code,
    meta: { modelName: 'Person', driverAdapterError },
  });
}

describe('databaseFailureOf', () => {
  it.each([
    [
      'a NUL through Prisma (P2039, adapter kind postgres 22021)',
      prismaError('P2039', { kind: 'postgres', code: '22021' }),
    ],
    ['a raw query through Prisma (P2010)', prismaError('P2010', { kind: 'postgres', code: '22P05' })],
    [
      'a malformed value the adapter names',
      prismaError('P2007', { kind: 'InvalidInputValue', originalCode: '22P02' }),
    ],
    ['a too-long value (P2000)', Object.assign(new Error('too long'), { code: 'P2000' })],
    ['pg directly', pgError('22021')],
    ['pg wrapped as a cause', new Error('query failed', { cause: pgError('22003') })],
  ])('calls %s bad data', (_, error) => {
    expect(databaseFailureOf(error)).toBe('badData');
  });

  it.each([
    [
      "Prisma's can't reach (P1001, DatabaseNotReachable)",
      prismaError('P1001', { kind: 'DatabaseNotReachable' }),
    ],
    ['a closed connection the adapter names', prismaError('P1017', { kind: 'ConnectionClosed' })],
    [
      'pg refused at the socket',
      Object.assign(new Error('connect ECONNREFUSED'), {
        code: 'ECONNREFUSED',
        syscall: 'connect',
        errno: -111,
      }),
    ],
    [
      'every address refused (AggregateError)',
      new AggregateError([Object.assign(new Error('r'), { code: 'ECONNREFUSED' })], 'x'),
    ],
    ['an administrator shutdown (57P01)', pgError('57P01')],
    ['the server starting up (57P03)', pgError('57P03')],
    ['a connection exception (08006)', pgError('08006')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    [
      'a transaction that could not start in time (P2028)',
      Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
        name: 'PrismaClientKnownRequestError',
        code: 'P2028',
      }),
    ],
    ['a server gone mid-query', new Error('Connection terminated unexpectedly')],
  ])('calls %s unavailable', (_, error) => {
    expect(databaseFailureOf(error)).toBe('unavailable');
  });

  it.each([
    ['a plain crash', new Error('connection refused at 10.0.0.7:5432')],
    [
      'a unique clash (handled as a conflict elsewhere)',
      prismaError('P2002', { kind: 'UniqueConstraintViolation' }),
    ],
    ['a missing table (a server fault)', pgError('42P01')],
    ['no error at all', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(databaseFailureOf(error)).toBeNull();
  });
});
