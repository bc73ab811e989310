// @duda/month: the China calendar of the portal — month keys, calendar days, ranges and labels.
export * from './calendar-date.ts';
export { CHINA_TIME_ZONE } from './china-time.ts';
export * from './label.ts';
export * from './month-key.ts';
export * from './picker.ts';
