import { describe, expect, it } from 'vitest';
import { deeplyNested, protoKey } from './hostile.ts';
import { toWire, verdictOf } from './wire.ts';

describe('fuzzed inputs on the wire', () => {
  it('writes prototype keys as the real keys superjson refuses to send', () => {
    const text = toWire({ [protoKey('__proto__')]: { [protoKey('prototype')]: 1 }, when: new Date(0) });
    expect(text).toBe(
      '{"json":{"__proto__":{"prototype":1},"when":"1970-01-01T00:00:00.000Z"},"meta":{"values":{"when":["Date"]},"v":1}}',
    );
    expect(Object.getPrototypeOf(JSON.parse(text).json)).toBe(Object.prototype);
  });

  it('writes deep nesting out in the text', () => {
    expect(toWire({ a: deeplyNested('array', 3) })).toBe('{"json":{"a":[[[0]]]}}');
    expect(toWire(deeplyNested('object', 2))).toBe('{"json":{"a":{"a":0}}}');
  });

  it('keeps NaN, infinities, -0, big integers and undefined as superjson does', () => {
    expect(JSON.parse(toWire([Number.NaN, -0, 10n ** 30n, undefined])).meta.values).toEqual({
      0: ['number'],
      1: ['number'],
      2: ['bigint'],
      3: ['undefined'],
    });
  });

  it('judges answers: accepted, readable refusals, 5xx, and refusals no client can read', () => {
    const trpcError = (status: number, code: string) => ({
      error: {
        json: { message: '输入有误', data: { code: 'BAD_REQUEST', httpStatus: status, error: { code } } },
      },
    });
    expect(verdictOf({ status: 200, body: { result: {} } })).toEqual({ kind: 'accepted' });
    expect(verdictOf({ status: 400, body: trpcError(400, 'common.invalidField') })).toEqual({
      kind: 'refused',
      code: 'common.invalidField',
    });
    expect(
      verdictOf({
        status: 413,
        body: { statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'too large' },
      }),
    ).toEqual({
      kind: 'refused',
      code: 'http.FST_ERR_CTP_BODY_TOO_LARGE',
    });
    expect(verdictOf({ status: 500, body: trpcError(500, 'common.internal') })).toEqual({
      kind: 'serverError',
    });
    expect(verdictOf({ status: 503, body: null })).toEqual({ kind: 'serverError' });
    expect(verdictOf({ status: 400, body: 'Bad Request' })).toEqual({ kind: 'unreadable' });
    expect(verdictOf({ status: 400, body: trpcError(404, 'common.invalidField') })).toEqual({
      kind: 'unreadable',
    });
    expect(verdictOf({ status: 400, body: { error: { json: { message: '', data: {} } } } })).toEqual({
      kind: 'unreadable',
    });
  });
});
