import { describe, expect, it } from 'vitest';
import { replacedTemplates, type KeptCopy } from './fill-list.ts';

// 省 keeps template P; 杭州 (HZ) copied it as H, its 上城 district (SC) copied H as S; 宁波 (NB) copied P as N
// but has not published it yet.
const H: KeptCopy = { orgNodeId: 'HZ', copiedFromTemplateId: 'P', published: true };
const S: KeptCopy = { orgNodeId: 'SC', copiedFromTemplateId: 'H', published: true };
const N: KeptCopy = { orgNodeId: 'NB', copiedFromTemplateId: 'P', published: false };

describe('replacedTemplates', () => {
  it.each([
    { who: 'a hall of 杭州 outside 上城', line: ['HUB', 'XH', 'HZ'], copies: [H, S, N], replaced: ['P'] },
    { who: 'a hall of 上城', line: ['HUB', 'SC', 'HZ'], copies: [H, S, N], replaced: ['P', 'H'] },
    { who: 'the 杭州 city supervisor', line: ['HZ'], copies: [H, S, N], replaced: ['P'] },
    { who: 'a hall of 宁波 (its copy is a draft)', line: ['NB-01', 'NB'], copies: [H, S, N], replaced: [] },
    {
      who: 'a hall of 宁波 once its copy is published',
      line: ['NB-01', 'NB'],
      copies: [H, { ...N, published: true }],
      replaced: ['P'],
    },
    { who: 'anyone, when no unit copied', line: ['HUB', 'SC', 'HZ'], copies: [], replaced: [] },
    { who: 'a caller with no units', line: [], copies: [H, S, N], replaced: [] },
  ])('$who', ({ line, copies, replaced }) => {
    expect(replacedTemplates(copies, line).sort()).toEqual([...replaced].sort());
  });
});
