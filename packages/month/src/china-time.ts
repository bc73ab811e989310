// Every date rule of the portal runs on the halls' calendar, China Standard Time, whatever zone the
// server or the browser is in. dayjs's `utc` and `timezone` plugins are installed here, once, for the
// whole module; the rest of the package imports `dayjs` from this file.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const CHINA_TIME_ZONE = 'Asia/Shanghai';

export { dayjs };
