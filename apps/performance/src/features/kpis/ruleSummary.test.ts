import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { en, zhCN } from './messages.ts';
import { ruleSummary } from './ruleSummary.ts';

const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  messages: { 'zh-CN': { performance: zhCN }, en: { performance: en } },
});
const t = i18n.global.t as (key: string, values?: Record<string, unknown>) => string;

describe('a rule in words', () => {
  it('words each kind with its figures, in both languages', () => {
    const steps = {
      rule: {
        kind: 'STEPS' as const,
        steps: [
          { threshold: 90, share: 100 },
          { threshold: 80, share: 85 },
        ],
      },
      unit: '%',
      target: 90,
      direction: 'HIGHER' as const,
    };
    expect(ruleSummary(steps, t)).toBe('阶梯：≥90% 得 100%；≥80% 得 85%');
    const deduction = {
      rule: { kind: 'DEDUCTION' as const, perUnit: 5, cap: 15 },
      unit: '张',
      target: 0,
      direction: 'LOWER' as const,
    };
    expect(ruleSummary(deduction, t)).toBe('每张扣 5 分，最多扣 15 分');
    i18n.global.locale.value = 'en';
    expect(ruleSummary(deduction, t)).toBe('5 points off per 张, at most 15');
  });
});
