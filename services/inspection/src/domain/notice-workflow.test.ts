import { describe, expect, it } from 'vitest';
import { buildMonthlyNotice } from './monthly-notice.ts';
import { editNotice, publishNotice } from './notice-workflow.ts';

const draft = buildMonthlyNotice({
  scope: { level: 'DISTRICT', orgId: 'east', orgName: '城东区' },
  month: '2025-03',
  hallScores: [],
  shortStaves: [],
  typicalCases: [],
  rectifications: [],
});
const now = new Date('2025-04-02T02:00:00Z');

describe('notice workflow', () => {
  it('lets the supervisor rewrite a draft', () => {
    const edited = editNotice(draft, { title: '  城东区3月服务通报 ', summary: '改写后的正文' });
    expect(edited).toMatchObject({ title: '城东区3月服务通报', summary: '改写后的正文', status: 'DRAFT' });
  });

  it('leaves a field sent without a value as it was', () => {
    // superjson carries `summary: undefined`; spread over the notice it erased the summary, and reading or
    // publishing the notice then failed with a 500 (found by the gateway's fuzzing suite).
    const edited = editNotice(draft, {
      title: '新标题',
      summary: undefined,
      commonProblems: undefined,
      typicalCases: undefined,
    });
    expect(edited).toEqual({ ...draft, title: '新标题' });
    expect(publishNotice(edited, 'supervisor', now).summary).toBe(draft.summary);
  });

  it('rejects an empty title and a typical case without description', () => {
    expect(() => editNotice(draft, { title: ' ' })).toThrow(expect.objectContaining({ field: 'title' }));
    expect(() =>
      editNotice(draft, {
        typicalCases: [
          { inspectionId: 'i', hallName: '甲厅', tone: 'BAD', title: '争吵', description: '', photoIds: [] },
        ],
      }),
    ).toThrow(expect.objectContaining({ field: 'typicalCases.0.description' }));
  });

  it('lets the supervisor choose and order the common problems, keeping their computed figures', () => {
    const stave = (itemCode: string, failed: number) => ({
      itemCode,
      itemTitle: `检查项${itemCode}`,
      sectionName: '营业环境',
      inspected: 10,
      failed,
      failureRate: failed * 10,
      hallsAffected: failed,
    });
    const built = { ...draft, commonProblems: [stave('A01', 5), stave('A02', 3), stave('B01', 1)] };
    const edited = editNotice(built, {
      commonProblems: [{ ...stave('B01', 1), failed: 0 }, stave('A01', 5)],
    });
    expect(edited.commonProblems).toEqual([stave('B01', 1), stave('A01', 5)]);
    expect(() => editNotice(built, { commonProblems: [stave('Z09', 9)] })).toThrow(
      expect.objectContaining({ field: 'commonProblems.0' }),
    );
  });

  it('publishes once and is read-only afterwards', () => {
    const published = publishNotice(draft, 'supervisor', now);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: now, publishedBy: 'supervisor' });
    expect(() => editNotice(published, { summary: '再改' })).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
    expect(() => publishNotice(published, 'supervisor', now)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
  });

  it('refuses to publish an empty summary', () => {
    expect(() => publishNotice({ ...draft, summary: '  ' }, 'supervisor', now)).toThrow(
      expect.objectContaining({ field: 'summary' }),
    );
  });
});
