import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DPersonSelect from './DPersonSelect.vue';
import type { PersonOption, PersonSearch } from './types.ts';

const zhangWei: PersonOption = { id: 'p1', name: '张伟', staffNo: 'CS10086', orgName: '五一广场营业厅' };
const zhangLi: PersonOption = { id: 'p2', name: '张丽', staffNo: 'CS10010' };

function mountSelect(search: PersonSearch, props: Record<string, unknown> = {}) {
  return mountWithDesignSystem(DPersonSelect, { props: { search, ...props } });
}

const optionTexts = () =>
  [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent?.trim());

async function type(wrapper: ReturnType<typeof mountSelect>, query: string): Promise<void> {
  await wrapper.find('.el-select__wrapper').trigger('click');
  await wrapper.find('input').setValue(query);
}

describe('DPersonSelect', () => {
  it('searches remotely and shows people as 姓名（工号）', async () => {
    const search = vi.fn<PersonSearch>().mockResolvedValue([zhangWei, zhangLi]);
    const wrapper = mountSelect(search);
    await type(wrapper, '张');
    await vi.waitFor(() => expect(search).toHaveBeenCalledWith('张'));
    await flushPromises();
    expect(optionTexts()).toEqual(['张伟（CS10086）五一广场营业厅', '张丽（CS10010）']);

    document.querySelector<HTMLElement>('.el-select-dropdown__item')!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['p1']);
  });

  it('keeps the answer to the latest query when answers arrive out of order', async () => {
    let answerFirstQuery: (people: PersonOption[]) => void = () => {};
    const search = vi
      .fn<PersonSearch>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirstQuery = resolve)))
      .mockResolvedValueOnce([zhangLi]);
    const wrapper = mountSelect(search);
    await type(wrapper, '张');
    await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(1));
    await wrapper.find('input').setValue('张丽');
    await vi.waitFor(() => expect(search).toHaveBeenCalledTimes(2));
    await flushPromises();

    answerFirstQuery([zhangWei]);
    await flushPromises();
    expect(optionTexts()).toEqual(['张丽（CS10010）']);
  });

  it('labels an already selected person before any search', async () => {
    const wrapper = mountSelect(vi.fn(), { modelValue: 'p1', initialOptions: [zhangWei] });
    await flushPromises();
    expect(wrapper.find('.el-select__placeholder').text()).toBe('张伟（CS10086）');
  });
});
