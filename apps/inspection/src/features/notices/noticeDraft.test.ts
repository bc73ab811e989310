import { describe, expect, it } from 'vitest';
import type { MonthlyNotice } from './api.ts';
import { draftErrors, draftOf, isUnchanged, moved, patchOf, removed } from './noticeDraft.ts';

const problem = (itemCode: string) => ({
  itemCode,
  itemTitle: `检查项${itemCode}`,
  sectionName: '营业环境',
  inspected: 10,
  failed: 4,
  failureRate: 40,
  hallsAffected: 3,
});
const notice = {
  title: '上城区分公司2026年10月营业厅服务检查通报',
  summary: '本月总体平稳。',
  commonProblems: [problem('A01'), problem('B02')],
  typicalCases: [
    {
      inspectionId: 'i1',
      hallName: '湖滨营业厅',
      tone: 'BAD',
      title: '湖滨营业厅得分 70 分',
      description: '地面有水渍',
      photoIds: ['p1'],
    },
  ],
} as unknown as MonthlyNotice;

describe('notice draft', () => {
  it('saves nothing when nothing changed', () => {
    expect(isUnchanged(patchOf(draftOf(notice), notice))).toBe(true);
  });

  it('sends only the parts the supervisor changed', () => {
    const draft = draftOf(notice);
    draft.title = '  上城区10月通报 ';
    draft.commonProblems = removed(draft.commonProblems, 0);
    expect(patchOf(draft, notice)).toEqual({ title: '上城区10月通报', commonProblems: [problem('B02')] });
  });

  it('edits a copy, never the loaded notice', () => {
    const draft = draftOf(notice);
    draft.typicalCases[0]!.description = '改写';
    draft.typicalCases[0]!.photoIds.push('p2');
    expect(notice.typicalCases[0]).toMatchObject({ description: '地面有水渍', photoIds: ['p1'] });
    expect(patchOf(draft, notice).typicalCases).toEqual([
      expect.objectContaining({ description: '改写', photoIds: ['p1', 'p2'] }),
    ]);
  });

  it('moves entries within the list and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('flags an empty title and a case without description, as the service would', () => {
    const draft = draftOf(notice);
    draft.title = ' ';
    draft.typicalCases[0]!.description = '';
    expect(draftErrors(draft)).toEqual({
      title: 'titleRequired',
      'typicalCases.0.description': 'descriptionRequired',
    });
    expect(draftErrors(draftOf(notice))).toEqual({});
  });
});
