import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DOrgTreeSelect from './DOrgTreeSelect.vue';
import type { OrgTreeNode } from './types.ts';

const changsha: OrgTreeNode = {
  id: 'city-cs',
  name: '长沙市公司',
  level: 'city',
  children: [
    {
      id: 'district-yl',
      name: '岳麓区县公司',
      level: 'district',
      children: [
        { id: 'hall-wy', name: '五一广场营业厅', level: 'hall' },
        { id: 'hall-mlh', name: '梅溪湖营业厅', level: 'hall' },
      ],
    },
  ],
};

async function openTree(props: Record<string, unknown>) {
  const wrapper = mountWithDesignSystem(DOrgTreeSelect, {
    props: { nodes: [changsha], ...props },
    global: { stubs: { transition: false } },
  });
  // Element Plus's tree select loads on demand (components.ts): the field shows once it has.
  const field = await vi.waitFor(() => {
    const found = wrapper.find('.el-select__wrapper');
    expect(found.exists()).toBe(true);
    return found;
  });
  await field.trigger('click');
  await flushPromises();
  const node = (name: string) =>
    [...document.querySelectorAll<HTMLElement>('.el-tree-node')].find(
      (candidate) => candidate.querySelector(':scope > .el-tree-node__content')?.textContent === name,
    )!;
  return { wrapper, node };
}

describe('DOrgTreeSelect', () => {
  it('lets any level be chosen by default, the org unit itself rather than its children', async () => {
    const { wrapper, node } = await openTree({});
    node('岳麓区县公司').querySelector<HTMLElement>('.el-tree-node__content')!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['district-yl']);
  });

  it('disables the levels outside selectableLevels', async () => {
    const { wrapper, node } = await openTree({ selectableLevels: ['hall'] });
    node('岳麓区县公司').querySelector<HTMLElement>('.el-tree-node__expand-icon')!.click();
    await flushPromises();
    expect(node('长沙市公司').getAttribute('aria-disabled')).toBe('true');
    expect(node('岳麓区县公司').getAttribute('aria-disabled')).toBe('true');
    expect(node('梅溪湖营业厅').getAttribute('aria-disabled')).toBe('false');

    node('岳麓区县公司').querySelector<HTMLElement>('.el-tree-node__content')!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();

    node('梅溪湖营业厅').querySelector<HTMLElement>('.el-tree-node__content')!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['hall-mlh']);
  });

  it('collects several ids with multiple', async () => {
    const { wrapper, node } = await openTree({ multiple: true, modelValue: ['hall-wy'] });
    node('梅溪湖营业厅').querySelector<HTMLElement>('.el-tree-node__content')!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([['hall-wy', 'hall-mlh']]);
  });
});
