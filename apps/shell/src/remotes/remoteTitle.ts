import type { LocalizedText } from '@duda/federation';
import { i18n, isDudaLocale } from '@duda/ui';
import type { RemoteState } from './registry.ts';

/** A remote's title in the language the person reads (reactive: the language switch re-renders it). */
export function localized(text: LocalizedText): string {
  const locale = i18n.global.locale.value;
  return isDudaLocale(locale) ? text[locale] : text['zh-CN'];
}

/** How a remote is called in sentences ("服务检查" in "服务检查模块暂时无法加载"); its name if not listed. */
export const remoteTitle = (remotes: readonly RemoteState[], name: string): string => {
  const remote = remotes.find((state) => state.name === name);
  return remote ? localized(remote.presentation.title) : name;
};
