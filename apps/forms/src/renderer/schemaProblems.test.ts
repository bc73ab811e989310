import { describe, expect, it } from 'vitest';
import { schemaProblems } from './schemaProblems.ts';

const leave = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['reason', 'days'],
  properties: {
    reason: { type: 'string', minLength: 1, maxLength: 10 },
    days: { type: 'number', minimum: 0.5, maximum: 30 },
    start: { type: 'string', format: 'date' },
    plan: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['item'],
        properties: { item: { type: 'string' }, weight: { type: 'number', maximum: 100 } },
      },
    },
  },
};

describe('schemaProblems', () => {
  it('finds nothing in valid values', () => {
    expect(
      schemaProblems(leave, { reason: '回老家', days: 2, plan: [{ item: '拓展', weight: 40 }] }),
    ).toEqual([]);
  });

  it('puts a missing property on the property itself, once', () => {
    expect(schemaProblems(leave, { plan: [{ weight: 1 }] })).toEqual([
      { path: 'reason', code: 'required' },
      { path: 'days', code: 'required' },
      { path: 'plan.0.item', code: 'required' },
    ]);
  });

  it('names the keyword and its limit at the value that breaks it', () => {
    const problems = schemaProblems(leave, {
      reason: '一二三四五六七八九十十一',
      days: 31,
      start: '2026-13-40',
      plan: [{ item: 'a', weight: 120 }],
    });
    expect(problems).toEqual([
      { path: 'reason', code: 'maxLength', limit: 10 },
      { path: 'days', code: 'maximum', limit: 30 },
      { path: 'start', code: 'format' },
      { path: 'plan.0.weight', code: 'maximum', limit: 100 },
    ]);
  });

  it('reports a wrong type and too few rows', () => {
    expect(schemaProblems(leave, { reason: 5, days: 1, plan: [] })).toEqual([
      { path: 'reason', code: 'type' },
      { path: 'plan', code: 'minItems', limit: 1 },
    ]);
  });
});
