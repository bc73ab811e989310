import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { PlanDetail } from './api.ts';
import PlanWorkflowActions from './PlanWorkflowActions.vue';

const transition = vi.hoisted(() => ({ mutateAsync: vi.fn() }));
const confirmAction = vi.hoisted(() => vi.fn(async () => false));
vi.mock('./api.ts', () => ({
  useTransitionPlan: () => ({ mutateAsync: transition.mutateAsync, isPending: ref(false) }),
}));
vi.mock('@duda/ui', async (original) => ({ ...(await original<object>()), confirmAction }));

const draft = (entries: PlanDetail['entries']) =>
  ({
    id: 'plan-1',
    entries,
    can: { edit: true, submit: true, revise: false, decide: false, publish: false },
  }) as unknown as PlanDetail;

const entry = { id: 'e1' } as PlanDetail['entries'][number];

async function submit(plan: PlanDetail): Promise<void> {
  mountInRemote(PlanWorkflowActions, { props: { plan } });
  await flushPromises();
  [...document.querySelectorAll<HTMLButtonElement>('button')]
    .find((button) => button.textContent?.trim() === '提交审批')!
    .click();
  await flushPromises();
}

describe('PlanWorkflowActions', () => {
  it('refuses a plan without entries before asking to confirm the submission', async () => {
    await submit(draft([]));
    expect(confirmAction).not.toHaveBeenCalled();
    expect(transition.mutateAsync).not.toHaveBeenCalled();
    expect(document.querySelector('.el-message')?.textContent).toContain(
      '计划中还没有任何检查安排，不能提交审批。',
    );
  });

  it('asks to confirm a plan with entries, counting them', async () => {
    await submit(draft([entry]));
    expect(confirmAction).toHaveBeenCalledWith(expect.stringContaining('计划共 1 项检查安排'), {
      confirmText: '提交审批',
    });
  });
});
