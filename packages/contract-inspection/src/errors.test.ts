import { commonTerms, messageFor, monthTerm } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { inspectionCatalogs, inspectionErrors, planActionTerms, planStatusTerms } from './errors.ts';

const catalogs = [...inspectionCatalogs, commonTerms.catalog];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('inspection error catalog', () => {
  it('has the same placeholders in Chinese and English for every code', () => {
    for (const [code, text] of Object.entries(inspectionErrors.catalog)) {
      expect(placeholders(text.en), code).toEqual(placeholders(text['zh-CN']));
    }
  });

  it('names a checklist item in its messages', () => {
    const error = inspectionErrors.pointsRange({ code: 'A02', title: '迎送礼仪到位', max: 5, points: 7 });
    expect(error.message).toBe('检查项 A02「迎送礼仪到位」的得分应在 0 到 5 分之间，当前填写的是 7 分。');
    expect(messageFor(catalogs, error.code, error.params, 'en')).toBe(
      'Item A02 "迎送礼仪到位" must score from 0 to 5 points; 7 was entered.',
    );
  });

  it('words statuses, actions and months in the language of the message', () => {
    const wrongState = inspectionErrors.planWrongState({
      status: planStatusTerms.term('PUBLISHED'),
      action: planActionTerms.term('APPROVE'),
    });
    expect(wrongState.message).toBe('计划当前状态为「已下发」，不能执行「审批通过」。');
    expect(messageFor(catalogs, wrongState.code, wrongState.params, 'en')).toBe(
      'The plan is published; "approve" is not possible now.',
    );
    const archived = inspectionErrors.monthArchived({ month: monthTerm('2026-10') });
    expect(archived.message).toBe('2026年10月的检查资料已立卷归档，不能再修改。');
    expect(messageFor(catalogs, archived.code, archived.params, 'en')).toBe(
      'The inspection records of October 2026 are archived and can no longer be changed.',
    );
  });
});
