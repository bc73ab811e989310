import type { Condition, Expression } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { conditionChoiceOf, conditionOf, expressionOf, formulaOf } from './formulas.ts';

describe('formula choices', () => {
  it.each<Expression>([
    { sum: 'plan', column: 'weight' },
    { count: 'plan' },
    { days: 'period' },
    { op: 'add', args: [{ ref: 'a' }, { ref: 'b' }] },
    { op: 'div', args: [{ ref: 'a' }, { ref: 'b' }] },
    { round: { op: 'mul', args: [{ ref: 'a' }, { const: 0.5 }] }, digits: 1 },
  ])('round-trips %j', (expression) => {
    expect(expressionOf(formulaOf(expression))).toEqual(expression);
  });

  it('opens a formula the picker does not offer as JSON', () => {
    expect(formulaOf({ const: 3 })).toEqual({ kind: 'custom', refs: [], json: '{"const":3}' });
  });

  it('gives nothing while incomplete or not an expression', () => {
    expect(expressionOf({ kind: 'sum', refs: ['plan'] })).toBeNull();
    expect(expressionOf({ kind: 'add', refs: ['a'] })).toBeNull();
    expect(expressionOf({ kind: 'custom', refs: [], json: '{"eval":"x"}' })).toBeNull();
    expect(expressionOf({ kind: 'custom', refs: [], json: 'not json' })).toBeNull();
  });
});

describe('condition choices', () => {
  it.each<Condition>([
    { field: 'kind', equals: 'sick' },
    { field: 'kind', notEquals: 'annual' },
    { field: 'proof', filled: true },
    { field: 'proof', filled: false },
    { field: 'days', gt: 3 },
    { field: 'days', lt: 1 },
    {
      any: [
        { field: 'kind', equals: 'sick' },
        { field: 'days', gt: 3 },
      ],
    },
  ])('round-trips %j', (condition) => {
    expect(conditionOf(conditionChoiceOf(condition))).toEqual(condition);
  });

  it('reads a typed number for greater/less than, and nothing for a blank value', () => {
    expect(conditionOf({ op: 'gt', field: 'days', value: '3' })).toEqual({ field: 'days', gt: 3 });
    expect(conditionOf({ op: 'gt', field: 'days', value: 'x' })).toBeNull();
    expect(conditionOf({ op: 'equals', field: 'kind', value: '' })).toBeNull();
    expect(conditionOf({ op: 'equals', field: '', value: 'a' })).toBeNull();
  });
});
