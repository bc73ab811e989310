// The countdown worded in the portal language, and a clock that ticks each minute so it moves on an open page.
import { onScopeDispose, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { countdownTo } from './countdown.ts';

export function useCountdown() {
  const { t } = useI18n();
  const now = ref(new Date());
  const timer = setInterval(() => (now.value = new Date()), 60_000);
  onScopeDispose(() => clearInterval(timer));
  const text = (key: string, values: Record<string, unknown> = {}) => t(`forms.complaints.${key}`, values);
  return {
    /** 剩余 1 天 3 小时 / 已超时 45 分, or 已结案. */
    countdown(dueAt: Date | string, closed: boolean) {
      if (closed) return { text: text('countdown.closed'), overdue: false };
      const c = countdownTo(dueAt, now.value);
      const parts = [
        c.days ? text('duration.d', { n: c.days }) : '',
        c.hours ? text('duration.h', { n: c.hours }) : '',
        c.days ? '' : text('duration.m', { n: c.minutes }),
      ].filter(Boolean);
      return {
        text: text(c.overdue ? 'countdown.over' : 'countdown.left', { time: parts.join(' ') }),
        overdue: c.overdue,
      };
    },
  };
}
