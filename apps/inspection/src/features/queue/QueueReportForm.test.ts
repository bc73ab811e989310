import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import QueueReportForm from './QueueReportForm.vue';

const { report } = vi.hoisted(() => ({ report: vi.fn() }));
vi.mock('./api.ts', () => ({ useReportQueue: () => ({ mutateAsync: report, isPending: ref(false) }) }));

describe('QueueReportForm', () => {
  beforeEach(() => report.mockReset());

  it('reports the two numbers for the hall and shows the level with the measures to take', async () => {
    report.mockResolvedValue({
      id: 'reading-1',
      level: 2,
      label: '二级预警',
      ratio: 5.3,
      level1At: 10,
      level2At: 14,
      beyondPlan: true,
      actions: ['增开受理台席，安排后台或休息人员上岗', '客流已超出预案范围，立即报告区县督导协调人员支援'],
    });
    const wrapper = mountInRemote(QueueReportForm, { props: { hallId: 'hall-1', hallName: '湖滨营业厅' } });
    const [waiting, counters] = wrapper.findAll('input');
    await waiting!.setValue('21');
    await counters!.setValue('4');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(report).toHaveBeenCalledWith({
      hallId: 'hall-1',
      waitingCustomers: 21,
      openCounters: 4,
      source: 'manual',
    });
    expect(wrapper.text()).toContain('二级预警：每台席等候 5.3 人');
    expect(wrapper.text()).toContain('当前 4 个台席，等候 10 人起一级预警，14 人起二级预警');
    expect(wrapper.findAll('ol li').map((item) => item.text())).toEqual([
      '增开受理台席，安排后台或休息人员上岗',
      '客流已超出预案范围，立即报告区县督导协调人员支援',
    ]);
  });

  it('says when the queue is normal', async () => {
    report.mockResolvedValue({
      id: 'r',
      level: 0,
      label: '正常',
      ratio: 1,
      level1At: 10,
      level2At: 14,
      beyondPlan: false,
      actions: [],
    });
    const wrapper = mountInRemote(QueueReportForm, { props: { hallId: 'hall-1', hallName: '湖滨营业厅' } });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('排队情况正常，无需应急处置');
  });
});
