import { DTimeline } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { PlanDetail } from './api.ts';
import { planTimeline } from './planWorkflow.ts';

const at = (hour: number) => new Date(Date.UTC(2026, 10, 2, hour));
const history = [
  { at: at(1), actor: '刘海涛', action: 'SUBMIT', fromStatus: 'DRAFT', toStatus: 'SUBMITTED', comment: null },
  {
    at: at(2),
    actor: '王建国',
    action: 'REJECT',
    fromStatus: 'SUBMITTED',
    toStatus: 'REJECTED',
    comment: '请调整',
  },
  {
    at: at(3),
    actor: '王建国',
    action: 'APPROVE',
    fromStatus: 'SUBMITTED',
    toStatus: 'APPROVED',
    comment: null,
  },
  {
    at: at(4),
    actor: '陈明',
    action: 'PUBLISH',
    fromStatus: 'APPROVED',
    toStatus: 'PUBLISHED',
    comment: null,
  },
] as PlanDetail['history'];

describe('the plan history on the page', () => {
  it('tags each step with the words of the plan’s status tag, not the design system’s generic ones', () => {
    // The history as the plan page draws it: its timeline in the remote's texts.
    const PlanHistory = defineComponent(() => {
      const { t } = useI18n();
      return () => h(DTimeline, { items: planTimeline(history, t) });
    });
    const wrapper = mountInRemote(PlanHistory);
    expect(wrapper.findAll('.d-status-tag').map((tag) => tag.text())).toEqual([
      '已下发',
      '已审批',
      '已退回',
      '待审批',
    ]);
  });
});
