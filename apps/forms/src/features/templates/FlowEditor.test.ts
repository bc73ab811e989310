import type { FlowDefinition } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import FlowEditor from './FlowEditor.vue';

function mountEditor(initial: FlowDefinition | null) {
  const state = { flow: initial };
  const wrapper = mountInRemote(FlowEditor, {
    props: {
      modelValue: initial,
      'onUpdate:modelValue': (next: FlowDefinition | null) => {
        state.flow = next;
        void wrapper.setProps({ modelValue: next });
      },
    },
  });
  return state;
}

describe('FlowEditor', { timeout: 60_000 }, () => {
  it('starts a flow with a first stage of one step', async () => {
    const state = mountEditor(null);
    await flushPromises();
    document.querySelector<HTMLButtonElement>('[data-testid="flow-add-stage"]')!.click();
    await flushPromises();
    expect(state.flow?.stages).toHaveLength(1);
    expect(document.querySelector('[data-testid="flow-stage-1"]')?.textContent).toContain('第 1 阶段');
  });

  it("says in words what the contract refuses: a leader's step without a level", async () => {
    mountEditor({
      stages: [
        {
          steps: [
            { key: 'lead', name: '领导审批', approvers: [{ kind: 'role', role: 'leader' }], mode: 'ALL' },
          ],
        },
      ],
    });
    await flushPromises();
    expect(document.querySelector('[data-testid="flow-step-lead"]')?.textContent).toContain(
      '主管领导须指明所在层级',
    );
  });
});
