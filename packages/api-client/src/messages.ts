import { renderMessage } from '@duda/contract-kit';
import type { Locale } from '@duda/contract-kit';

// Messages the client writes itself, for failures the gateway could not describe (it never answered, or
// something in between did). The gateway's errors are worded from their codes (see errors.ts).
const zhCN = {
  offline: '网络已断开，请连接网络后重试',
  network: '无法连接服务器，请检查网络后重试',
  serverUnavailable: '服务暂时不可用，请稍后再试',
  rateLimited: '操作过于频繁，请稍后再试',
  rateLimitedFor: '操作过于频繁，请 {seconds} 秒后再试',
  sessionStale: '页面已过期，请刷新页面后重试',
  unknown: '操作未能完成，请稍后再试',
};

type ClientMessages = typeof zhCN;

const en: ClientMessages = {
  offline: 'You are offline. Reconnect and try again.',
  network: 'Cannot reach the server. Check your network and try again.',
  serverUnavailable: 'The service is temporarily unavailable. Please try again later.',
  rateLimited: 'Too many requests. Please wait a moment and try again.',
  rateLimitedFor: 'Too many requests. Please try again in {seconds} seconds.',
  sessionStale: 'This page has expired. Reload it and try again.',
  unknown: 'That did not work. Please try again later.',
};

export type ClientMessageKey = keyof ClientMessages;

/**
 * The portal's language, followed through `<html lang>`, which @duda/ui keeps in step with the language
 * switch, so this package needs no i18n instance of its own.
 */
export function currentLocale(): Locale {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang.startsWith('en') ? 'en' : 'zh-CN';
}

export function clientMessage(key: ClientMessageKey, params: Record<string, string | number> = {}): string {
  return renderMessage((currentLocale() === 'en' ? en : zhCN)[key], params);
}
