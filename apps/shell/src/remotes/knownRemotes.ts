import type { MenuEntry } from '@duda/federation';
import { i18n } from '@duda/ui';

/**
 * What the shell must know of a remote whose own menu never arrived (it is down): the permission its
 * menu requires, so people who could never use it are not shown a broken entry either.
 */
const knownRemotes: Record<string, { permission?: string }> = {
  inspection: { permission: 'inspection.read' },
};

const translatedOr = (key: string, fallback: string) => (i18n.global.te(key) ? i18n.global.t(key) : fallback);

/** How a remote is called in sentences, e.g. "检查" in "检查模块暂时无法加载". */
export const remoteModuleName = (name: string) => translatedOr(`shell.remotes.${name}.module`, name);

/** The menu entry standing in for a remote that could not be loaded; it leads to the stand-in page. */
export function unavailableMenuEntry(name: string): MenuEntry {
  const permission = knownRemotes[name]?.permission;
  const key = `shell.remotes.${name}.menu`;
  return {
    title: i18n.global.te(key) ? key : name,
    path: `/${name}`,
    icon: 'WarningFilled',
    ...(permission ? { permission } : {}),
  };
}
