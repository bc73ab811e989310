import { describe, expect, it } from 'vitest';
import { AppError, defineErrors, isAppError, knownCatalogs, messageFor, renderMessage } from './errors.ts';

const errors = defineErrors('sample', {
  planExists: {
    kind: 'CONFLICT',
    'zh-CN': '{scope}{month} 的检查计划已存在',
    en: 'A plan for {scope}, {month} already exists',
  },
  gone: { kind: 'NOT_FOUND', 'zh-CN': '记录不存在', en: 'Not found' },
});

describe('defineErrors', () => {
  it('makes AppErrors with the qualified code, parameters, field and the Chinese message', () => {
    const error = errors.planExists({ scope: '上城区', month: '2026-11' }, 'month');
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      kind: 'CONFLICT',
      code: 'sample.planExists',
      params: { scope: '上城区', month: '2026-11' },
      field: 'month',
      message: '上城区2026-11 的检查计划已存在',
    });
    expect(errors.gone().params).toEqual({});
  });

  it('lists every definition in its catalog under the qualified code', () => {
    expect(Object.keys(errors.catalog)).toEqual(['sample.planExists', 'sample.gone']);
  });

  it('names each code on its factory, for zod schemas whose custom error is a code', () => {
    expect(errors.planExists.code).toBe('sample.planExists');
  });

  it('knows every catalog defined in this realm, so a server can word a code from a schema', () => {
    expect(knownCatalogs()).toContain(errors.catalog);
  });
});

describe('messages', () => {
  it('renders the message of a code in the asked language', () => {
    const params = { scope: 'Shangcheng', month: '2026-11' };
    expect(messageFor([errors.catalog], 'sample.planExists', params, 'en')).toBe(
      'A plan for Shangcheng, 2026-11 already exists',
    );
    expect(messageFor([errors.catalog], 'sample.unknown', {}, 'en')).toBeNull();
  });

  it('leaves an unknown placeholder visible', () => {
    expect(renderMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('recognises an AppError that crossed a module copy by its name and code', () => {
    const foreign = Object.assign(new Error('x'), { name: 'AppError', code: 'sample.gone' });
    expect(isAppError(foreign)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});

describe('parameter types', () => {
  it('asks for exactly the placeholders of the messages', () => {
    // @ts-expect-error the scope and month placeholders need values
    expect(() => errors.planExists()).not.toThrow();
    // @ts-expect-error a message without placeholders takes no parameters
    expect(errors.gone({ extra: 1 }).code).toBe('sample.gone');
  });
});
