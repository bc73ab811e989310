import { createI18n } from 'vue-i18n';
import { describe, expect, it } from 'vitest';
import { en, zhCN } from './messages.ts';
import { attendanceCounts, keptUnits, reasonText } from './planWords.ts';

const translator = (locale: 'zh-CN' | 'en') => {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: { 'zh-CN': { training: zhCN }, en: { training: en } },
  });
  return (key: string, values: Record<string, unknown> = {}) => i18n.global.t(key, values);
};

describe('a topic’s reason', () => {
  it('reads an exam figure against the city, and a short stave with its count, in both languages', () => {
    const zh = translator('zh-CN');
    const weak = {
      key: 'kp:1',
      source: 'KNOWLEDGE_POINT' as const,
      title: '携号转网',
      reason: { kind: 'facility' as const, facility: 54, cityFacility: 71 },
    };
    const stave = {
      key: 'item:B01',
      source: 'SHORT_STAVE' as const,
      title: '首问负责',
      reason: { kind: 'failures' as const, failed: 12 },
    };
    expect(reasonText(zh, weak)).toBe('上月月考正确率 54%（全市 71%）');
    expect(reasonText(zh, stave)).toBe('上月检查失分最多：首问负责（12 次）');
    expect(reasonText(translator('en'), stave)).toBe(
      'Most failed in last month’s inspections: 首问负责 (12 times)',
    );
    expect(reasonText(zh, { ...weak, source: 'OWN', reason: null })).toBe('自定主题');
  });
});

describe('the units a user plans for', () => {
  it('are the nodes of their planning roles, once each', () => {
    const roles = [
      { role: 'hall_manager', orgNodeId: 'h1', orgName: '湖滨营业厅' },
      { role: 'clerk', orgNodeId: 'h2', orgName: '南星营业厅' },
      { role: 'hall_manager', orgNodeId: 'h1', orgName: '湖滨营业厅' },
    ];
    expect(keptUnits(roles)).toEqual([{ id: 'h1', name: '湖滨营业厅' }]);
  });
});

describe('attendance counts', () => {
  it('count each mark and the unmarked', () => {
    const marks = ['PRESENT', 'PRESENT', 'ABSENT', 'EXCUSED', null].map((status) => ({ status }));
    expect(attendanceCounts(marks)).toEqual({ present: 2, absent: 1, excused: 1, unmarked: 1, total: 5 });
  });
});
