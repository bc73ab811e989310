import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.ts';
import type { Coverage } from './api.ts';
import OralCoverageCard from './OralCoverageCard.vue';

enableAutoUnmount(afterEach);

const coverage: Coverage = {
  hallId: 'h1',
  weekOf: '2026-11-23',
  people: [
    { personId: 'p2', name: '钱晓云', staffNo: 'HZ10110', exams: [] },
    { personId: 'p1', name: '赵雪', staffNo: 'HZ10103', exams: [{ heldOn: '2026-11-24', score: 86 }] },
  ],
};

const mountCard = (props: Partial<InstanceType<typeof OralCoverageCard>['$props']> = {}) =>
  mount(OralCoverageCard, {
    props: { hallPicked: true, coverage, loading: false, canRecord: true, ...props },
    global: { plugins: [[installDesignSystem, { messages }]] },
  });

describe('OralCoverageCard', () => {
  it('counts who was examined this week and offers to record the others', async () => {
    const card = mountCard();
    expect(card.text()).toContain('已口试 1 / 2 人');
    const buttons = card.findAll('button');
    expect(buttons.map((b) => b.text())).toEqual(['钱晓云 · HZ10110 — 记录']);
    await buttons[0]!.trigger('click');
    expect(card.emitted('record')).toEqual([['p2']]);
  });

  it('names those still to examine, without buttons, for someone who only reads', () => {
    const card = mountCard({ canRecord: false });
    expect(card.findAll('button')).toHaveLength(0);
    expect(card.text()).toContain('钱晓云 · HZ10110');
  });

  it('asks for a hall first', () => {
    expect(mountCard({ hallPicked: false, coverage: null }).text()).toContain(
      '选择营业厅后显示本周谁还没有口试',
    );
  });
});
