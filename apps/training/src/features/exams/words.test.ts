import { describe, expect, it } from 'vitest';
import { wordIn } from './words.ts';

describe('wordIn', () => {
  it('words the contract terms and refusals in either language', () => {
    expect(wordIn('zh-CN', { code: 'training.examKind.CITY_MONTHLY' })).toBe('全市月考');
    expect(wordIn('en', { code: 'training.examPhase.OPEN' })).toBe('Open');
    const shortfall = {
      code: 'training.papers.ruleTooFew',
      params: {
        rule: 2,
        point: '携号转网',
        filter: {
          code: 'training.papers.ruleFilter.BOTH',
          params: { difficulty: 3, type: { code: 'training.questionType.SINGLE_CHOICE', params: {} } },
        },
        available: 4,
        needed: 6,
      },
    };
    expect(wordIn('zh-CN', shortfall)).toBe(
      '规则 2：知识点「携号转网」难度 3 的单选题只有 4 道，需要 6 道。',
    );
  });

  it('shows an unknown code as it came', () => {
    expect(wordIn('zh-CN', { code: 'training.nothing' })).toBe('training.nothing');
  });
});
