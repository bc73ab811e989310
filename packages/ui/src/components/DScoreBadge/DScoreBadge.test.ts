import { describe, expect, it } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DScoreBadge from './DScoreBadge.vue';

function mountBadge(props: { score: number | null; max?: number; passLine?: number; vetoed?: boolean }) {
  const wrapper = mountWithDesignSystem(DScoreBadge, { props });
  const badge = wrapper.find('.d-score-badge');
  return { tone: badge.attributes('data-tone'), text: badge.text() };
}

describe('DScoreBadge', () => {
  it('passes at the default pass line of 80', () => {
    expect(mountBadge({ score: 80 })).toEqual({ tone: 'pass', text: '80合格' });
    expect(mountBadge({ score: 79.5 })).toEqual({ tone: 'fail', text: '79.5不合格' });
  });

  it('uses a custom pass line', () => {
    expect(mountBadge({ score: 85, passLine: 90 }).tone).toBe('fail');
  });

  it('scales the default pass line with max and shows the scale', () => {
    expect(mountBadge({ score: 8, max: 10 })).toEqual({ tone: 'pass', text: '8/10合格' });
    expect(mountBadge({ score: 7, max: 10 }).tone).toBe('fail');
  });

  it('fails a vetoed inspection whatever its score (一票否决)', () => {
    expect(mountBadge({ score: 96, vetoed: true })).toEqual({ tone: 'fail', text: '96一票否决' });
  });

  it('shows 未评分 in a neutral tone before scoring', () => {
    expect(mountBadge({ score: null })).toEqual({ tone: 'neutral', text: '—未评分' });
  });
});
