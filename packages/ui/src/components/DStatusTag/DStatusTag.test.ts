import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../../i18n/useLocale.ts';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DStatusTag from './DStatusTag.vue';

const mountTag = (props: { status: string; label?: string }) => mountWithDesignSystem(DStatusTag, { props });
const toneOfTag = (wrapper: ReturnType<typeof mountTag>) => wrapper.find('.el-tag').attributes('data-tone');

describe('DStatusTag', () => {
  afterEach(() => useLocale().setLocale('zh-CN'));

  it.each([
    ['pass', 'pass', '通过', 'Passed'],
    ['fail', 'fail', '不通过', 'Failed'],
    ['overdue', 'overdue', '已超期', 'Overdue'],
    ['open', 'pending', '待整改', 'To rectify'],
    ['responded', 'pending', '待验证', 'To verify'],
    ['draft', 'draft', '草稿', 'Draft'],
    ['published', 'info', '已发布', 'Published'],
    ['rejected', 'fail', '已驳回', 'Rejected'],
    ['archived', 'neutral', '已归档', 'Archived'],
  ])('shows %s in the %s tone as 「%s」 / "%s"', async (status, tone, chinese, english) => {
    const wrapper = mountTag({ status });
    expect(toneOfTag(wrapper)).toBe(tone);
    expect(wrapper.text()).toBe(chinese);
    useLocale().setLocale('en');
    await wrapper.vm.$nextTick();
    expect(wrapper.text()).toBe(english);
  });

  it('colours the tag with the status token', () => {
    const wrapper = mountTag({ status: 'overdue' });
    expect(wrapper.find('.el-tag').attributes('style')).toContain(
      '--el-tag-text-color: var(--duda-status-overdue)',
    );
  });

  it('shows an unknown status as-is in the neutral tone', () => {
    const wrapper = mountTag({ status: 'escalated' });
    expect(toneOfTag(wrapper)).toBe('neutral');
    expect(wrapper.text()).toBe('escalated');
  });

  it('prefers an explicit label', () => {
    expect(mountTag({ status: 'approved', label: '领导已审批' }).text()).toBe('领导已审批');
  });
});
