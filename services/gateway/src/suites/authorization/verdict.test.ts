import { describe, expect, it } from 'vitest';
import { changedBy, judge, type Expectation } from './verdict.ts';

const plan = (caller: Expectation['caller'], more: Partial<Expectation> = {}): Expectation => ({
  caller,
  allowed: ['trainer'],
  sees: ['trainer'],
  secrets: ['矩阵计划A'],
  sentInput: { id: 'p1' },
  ...more,
});
const answer = (status: number, body = '{"error":{}}') => ({ status, body });

describe('judging one answer of the authorization matrix', () => {
  it('accepts an allowed caller answered with data or a business error, never 401/403 or 5xx', () => {
    expect(judge(plan('trainer'), answer(200, '{"title":"矩阵计划A"}'))).toEqual({ kind: 'allowed' });
    expect(judge(plan('trainer'), answer(400))).toEqual({ kind: 'allowed' });
    expect(judge(plan('trainer'), answer(403)).kind).toBe('wrong');
    expect(judge(plan('trainer'), answer(500)).kind).toBe('wrong');
  });

  it('calls any answer to a caller who may not call a leak', () => {
    expect(judge(plan('hr'), answer(200, '{"result":{}}'))).toMatchObject({ kind: 'leak' });
  });

  it('calls a refusal that carries the data a leak, unless the caller sent it', () => {
    expect(judge(plan('hr'), answer(403, '{"message":"矩阵计划A"}'))).toMatchObject({ kind: 'leak' });
    expect(judge(plan('hr', { sentInput: { title: '矩阵计划A' } }), answer(403, '矩阵计划A'))).toEqual({
      kind: 'refused',
    });
  });

  it('finds the data in an allowed answer of someone who may call but not see it (a scoped list)', () => {
    const list = plan('xh.sup', { allowed: ['xh.sup', 'trainer'] });
    expect(judge(list, answer(200, '{"items":[]}'))).toEqual({ kind: 'allowed' });
    expect(judge(list, answer(200, '{"items":[{"title":"矩阵计划A"}]}'))).toMatchObject({ kind: 'leak' });
  });

  it('wants 401 for anonymous callers and 403 or 404 for the others', () => {
    expect(judge(plan('anonymous'), answer(401))).toEqual({ kind: 'refused' });
    expect(judge(plan('anonymous'), answer(403)).kind).toBe('wrong');
    expect(judge(plan('xh.sup'), answer(404))).toEqual({ kind: 'refused' });
    expect(judge(plan('xh.sup'), answer(400)).kind).toBe('wrong');
    expect(judge(plan('xh.sup'), answer(500)).kind).toBe('wrong');
  });

  it('calls a refused change that changed the resource a leak', () => {
    expect(changedBy({ status: 'OPEN' }, { status: 'OPEN' })).toBeNull();
    expect(changedBy({ status: 'OPEN' }, { status: 'ACCEPTED' })).toMatchObject({ kind: 'leak' });
  });
});
