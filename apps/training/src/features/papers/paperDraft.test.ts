import { describe, expect, it } from 'vitest';
import { completeRules, contentOf, draftTotal, emptyDraft, emptyRule, moveSlot } from './paperDraft.ts';

const kp = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('the paper editor draft', () => {
  it('checks and sends only rules with a knowledge point, and totals them', () => {
    const draft = emptyDraft('RANDOM');
    draft.rules.push({ ...emptyRule(), knowledgePointId: kp, type: 'SINGLE_CHOICE', count: 6, points: 2.5 });
    expect(completeRules(draft.rules)).toEqual([
      { knowledgePointId: kp, difficulty: null, type: 'SINGLE_CHOICE', count: 6, points: 2.5 },
    ]);
    expect(draftTotal(draft)).toBe(15);
    expect(contentOf({ ...draft, title: '  月考卷 ' })).toMatchObject({ title: '月考卷', slots: [] });
  });

  it('sends a fixed paper as its slots in order, with their points', () => {
    const slot = { stem: '题', type: null, knowledgePointName: '', difficulty: null, retired: false };
    const draft = {
      ...emptyDraft('FIXED'),
      slots: [
        { ...slot, questionId: 'a', points: 2 },
        { ...slot, questionId: 'b', points: 3 },
      ],
    };
    expect(contentOf(draft).slots).toEqual([
      { questionId: 'a', points: 2 },
      { questionId: 'b', points: 3 },
    ]);
    expect(draftTotal(draft)).toBe(5);
  });

  it('moves a slot within the list, never past its ends', () => {
    expect(moveSlot(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveSlot(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveSlot(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
