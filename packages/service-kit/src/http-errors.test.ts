import { describe, expect, it } from 'vitest';
import { databaseUnavailableBody } from './http-errors.ts';

describe('databaseUnavailableBody', () => {
  it('answers a refused connection with the common code and its Chinese message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseUnavailableBody(new Error('photo lookup failed', { cause: refused }))).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'common.databaseUnavailable',
      message: '数据库暂时不可用，请稍后再试',
    });
  });

  it('leaves other errors, bad data included, to the usual handling', () => {
    expect(databaseUnavailableBody(new Error('boom'))).toBeNull();
    expect(databaseUnavailableBody(Object.assign(new Error('NUL'), { code: '22021' }))).toBeNull();
  });
});
