// "3 分钟前" / "3 minutes ago": a notification's age in the portal language.
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import 'dayjs/locale/zh-cn';

dayjs.extend(relativeTime);

export const relativeTimeOf = (iso: string, locale: string, now: Date = new Date()) =>
  dayjs(iso)
    .locale(locale === 'zh-CN' ? 'zh-cn' : 'en')
    .from(now);
