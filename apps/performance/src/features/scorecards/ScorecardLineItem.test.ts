import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import { scorecardLineActions, type ScorecardDetail, type ScorecardLine } from './extensions.ts';
import ScorecardLineItem from './ScorecardLineItem.vue';

enableAutoUnmount(afterEach);

// The line on its own: what other page groups register (the appeals' button, which asks the API) stays out.
const registered = [...scorecardLineActions];
beforeEach(() => {
  scorecardLineActions.splice(0);
});
afterEach(() => {
  scorecardLineActions.splice(0, scorecardLineActions.length, ...registered);
});

const rectification = {
  kpiId: 'kpi-2',
  kpiName: '整改率',
  unit: '%',
  source: 'RECTIFICATION_RATE',
  weight: 15,
  direction: 'HIGHER',
  target: 100,
  rule: { kind: 'LINEAR', floor: 50 },
  value: 50,
  points: 0,
  enteredByName: null,
  evidence: [
    {
      kind: 'RECTIFICATION_ORDER',
      id: 'order-1',
      title: '未佩戴工牌',
      figure: 0,
      link: '/inspection/rectifications?order=order-1',
    },
    { kind: 'RECTIFICATION_ORDER', id: 'order-2', title: '台面杂物', figure: 1, link: null },
  ],
} as unknown as ScorecardLine;

async function mountLine(line: ScorecardLine) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { template: '<div />' } }],
  });
  await router.push('/performance/scorecards/card-1');
  const page = mount(ScorecardLineItem, {
    props: { card: { id: 'card-1' } as ScorecardDetail, line },
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('a scorecard line', () => {
  it('shows the figure, the points lost and each record behind it as a link into its own area', async () => {
    const page = await mountLine(rectification);
    expect(page.get('[data-testid="line-figure"]').text()).toBe('50%');
    expect(page.get('[data-testid="line-points"]').text()).toBe('0 / 15');
    expect(page.text()).toContain('扣 15 分');
    expect(page.text()).toContain('下限 50% 得 0 分，目标 100% 得满分');
    const links = page.findAll('[data-testid="evidence"] a');
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['未佩戴工牌', '/inspection/rectifications?order=order-1'],
    ]);
    expect(page.findAll('[data-testid="evidence"]')[1]!.text()).toContain('台面杂物');
  });

  it('says when a duty rate was counted and whether the month had closed; a complaint opens its case', async () => {
    const at = '2026-11-21T22:30:00.000Z';
    const duties = (final: boolean) =>
      mountLine({
        ...rectification,
        kpiName: '必做完成率',
        source: 'DUTY_COMPLETION_RATE',
        evidence: [
          {
            kind: 'DUTY_RATE',
            id: `zhao:${at}`,
            title: '必做完成 9 项、未完成 1 项',
            figure: 90,
            link: '/duties?tab=rates&span=month',
            counted: { at, final },
          },
        ],
      } as ScorecardLine);
    const open = await duties(false);
    const shown = new Date(at).toLocaleString('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
    expect(open.get('[data-testid="evidence-counted"]').text()).toBe(`截至 ${shown} 统计`);
    expect(open.get('[data-testid="evidence-final"]').text()).toBe('本月未结，数字还会变');
    expect((await duties(true)).get('[data-testid="evidence-final"]').text()).toBe('月末已结');

    const complaints = await mountLine({
      ...rectification,
      kpiName: '投诉件数',
      source: 'COMPLAINTS',
      evidence: [
        {
          kind: 'COMPLAINTS',
          id: 'c12',
          title: '2026-11-06 投诉 #12（服务类）',
          figure: 1,
          link: '/forms/complaints/c12',
        },
      ],
    } as ScorecardLine);
    expect(complaints.get('[data-testid="evidence"] a').attributes('href')).toBe('/forms/complaints/c12');
    // A record counted once, not while a month ran, says nothing of when.
    expect(complaints.find('[data-testid="evidence-counted"]').exists()).toBe(false);
  });

  it('a line without a figure says so; an entered one names who entered it; points hidden show no deduction', async () => {
    const page = await mountLine({
      ...rectification,
      source: 'TEAM_ATTITUDE',
      value: null,
      points: null,
      evidence: [],
      enteredByName: '李娜',
    } as ScorecardLine);
    expect(page.get('[data-testid="line-figure"]').text()).toBe('本月无数据，不得分');
    expect(page.find('[data-testid="line-points"]').exists()).toBe(false);
    expect(page.text()).toContain('李娜 录入');
  });

  it('shows the superior’s comment on an entered figure beside it, and none on a pulled line', async () => {
    const attitude = await mountLine({
      ...rectification,
      kpiName: '团队建设与工作态度',
      source: 'TEAM_ATTITUDE',
      rule: { kind: 'MANUAL' },
      unit: '分',
      value: 17,
      points: 17,
      weight: 20,
      evidence: [],
      enteredByName: '李娜',
      comment: '高峰期主动分流，带新人耐心',
    } as ScorecardLine);
    expect(attitude.get('[data-testid="line-figure"]').text()).toBe('17分');
    expect(attitude.get('[data-testid="line-comment"]').text()).toBe('上级评语：高峰期主动分流，带新人耐心');
    const pulled = await mountLine({ ...rectification, comment: null } as ScorecardLine);
    expect(pulled.find('[data-testid="line-comment"]').exists()).toBe(false);
  });

  it('renders the line actions other page groups register (the appeals’ place)', async () => {
    const AppealButton = defineComponent({
      props: { card: { type: Object, required: true }, line: { type: Object, required: true } },
      setup: (props) => () =>
        h('button', { class: 'appeal' }, `申诉 ${(props.line as ScorecardLine).kpiName}`),
    });
    scorecardLineActions.push(AppealButton);
    try {
      const page = await mountLine(rectification);
      expect(page.get('.appeal').text()).toBe('申诉 整改率');
    } finally {
      scorecardLineActions.pop();
    }
  });
});
