import { describe, expect, it } from 'vitest';
import { planQuestionEdit, sameContent, type CurrentVersion } from './question-versions.ts';

const current: CurrentVersion = {
  version: 2,
  usedAt: null,
  stem: '携号转网授权码有效期为多少天？',
  body: {
    type: 'SINGLE_CHOICE',
    options: [
      { id: 'A', text: '7 天' },
      { id: 'B', text: '30 天' },
    ],
  },
  key: { type: 'SINGLE_CHOICE', correct: 'A' },
  points: 2,
};
const edited = { ...current, key: { type: 'SINGLE_CHOICE', correct: 'B' } };

describe('planQuestionEdit', () => {
  it('changes an unused version in place', () => {
    expect(planQuestionEdit(current, edited, false)).toEqual({ kind: 'IN_PLACE', version: 2 });
  });

  it('makes a new version when an attempt has used the current one', () => {
    const used = { ...current, usedAt: new Date('2026-11-20T02:00:00Z') };
    expect(planQuestionEdit(used, edited, false)).toEqual({ kind: 'NEW_VERSION', version: 3 });
  });

  it('makes a new version when a draw references the version though usedAt was not set', () => {
    expect(planQuestionEdit(current, edited, true)).toEqual({ kind: 'NEW_VERSION', version: 3 });
  });

  it('versions nothing when the content is the same, whatever the order of its keys', () => {
    const reordered = {
      points: 2,
      key: { correct: 'A', type: 'SINGLE_CHOICE' },
      body: {
        options: current.body && (current.body as { options: unknown[] }).options,
        type: 'SINGLE_CHOICE',
      },
      stem: current.stem,
    };
    expect(planQuestionEdit({ ...current, usedAt: new Date() }, reordered, true)).toEqual({
      kind: 'UNCHANGED',
    });
  });

  it('tells a change of stem, points, options or key apart', () => {
    expect(sameContent(current, { ...current, stem: `${current.stem} ` })).toBe(false);
    expect(sameContent(current, { ...current, points: 3 })).toBe(false);
    expect(sameContent(current, edited)).toBe(false);
    expect(
      sameContent(current, {
        ...current,
        body: {
          type: 'SINGLE_CHOICE',
          options: [
            { id: 'B', text: '30 天' },
            { id: 'A', text: '7 天' },
          ],
        },
      }),
    ).toBe(false);
  });
});
