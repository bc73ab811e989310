// What the shell shows of a remote without running its code. Kept free of any import (Vue included): the
// remote's vite.config.ts, the gateway and the browser all read it.
import type { Action } from '@duda/authz';

/** A text in both portal languages. */
export type LocalizedText = Record<'zh-CN' | 'en', string>;

/**
 * A remote's name, title, icon, place and entry permission. Declared once by the remote, it is both part of
 * its `defineRemote(...)` and written by its build to `remote.json` next to `mf-manifest.json`; the gateway
 * lists it with the remote, so the shell can name the module, order it and offer its stand-in page even
 * when the remote's JavaScript does not load.
 */
export interface RemotePresentation {
  /** Also the URL prefix (`/<name>/…`), the Module Federation container name and the folder under /remotes/. */
  name: string;
  /** The module's name in the menu, on the home page and in sentences (服务检查模块暂时无法加载). */
  title: LocalizedText;
  /** Name of an icon in `Icons` from `@duda/ui`, shown beside the title. */
  icon?: string;
  /** Place among the modules in the menu and on the home page, lowest first. */
  order: number;
  /**
   * The action a person needs to be offered the module while its code cannot load (its stand-in entry);
   * once loaded, its own menu entries decide what each person sees.
   */
  permission?: Action;
}

/** The file a remote's build writes next to its mf-manifest.json. */
export const REMOTE_DESCRIPTOR_FILE = 'remote.json';

/** Where a remote without a descriptor goes: after every remote that states its place. */
export const DEFAULT_REMOTE_ORDER = 1000;

/** Declares a remote's presentation once; `remote.ts` and `vite.config.ts` both import it. */
export const defineRemotePresentation = (presentation: RemotePresentation): RemotePresentation =>
  presentation;

/** What a remote is called when it says nothing about itself: its name, in both languages. */
export const defaultPresentation = (name: string): RemotePresentation => ({
  name,
  title: { 'zh-CN': name, en: name },
  order: DEFAULT_REMOTE_ORDER,
});

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * A descriptor read from a file or the wire, for the remote listed as `name`. Each field that is missing or
 * malformed falls back to the default (and is named in `problems`, for the people running the portal),
 * so a careless descriptor never takes a working remote out of the portal. `name` always wins over
 * what the descriptor says: it is where the remote is served.
 */
export function readRemotePresentation(
  name: string,
  value: unknown,
): { presentation: RemotePresentation; problems: string[] } {
  const presentation = defaultPresentation(name);
  const problems: string[] = [];
  if (!isObject(value)) return { presentation, problems: [`${name}: the descriptor is not an object`] };
  if (value.name !== name) problems.push(`${name}: the descriptor names "${String(value.name)}"`);
  const title = value.title;
  if (isObject(title) && isText(title['zh-CN']) && isText(title.en)) {
    presentation.title = { 'zh-CN': title['zh-CN'], en: title.en };
  } else problems.push(`${name}: title must have zh-CN and en text`);
  if (typeof value.order === 'number' && Number.isFinite(value.order)) presentation.order = value.order;
  else problems.push(`${name}: order must be a number`);
  if (isText(value.icon)) presentation.icon = value.icon;
  else if (value.icon !== undefined) problems.push(`${name}: icon must be an icon name`);
  // Any action name is accepted here: the shell only compares it with the person's permissions.
  if (isText(value.permission)) presentation.permission = value.permission as Action;
  else if (value.permission !== undefined) problems.push(`${name}: permission must be an action`);
  return { presentation, problems };
}

/** Only the presentation of something that has more (a whole remote definition). */
export function presentationOf({
  name,
  title,
  icon,
  order,
  permission,
}: RemotePresentation): RemotePresentation {
  return {
    name,
    title,
    order,
    ...(icon === undefined ? {} : { icon }),
    ...(permission === undefined ? {} : { permission }),
  };
}

/** The descriptor file's text. */
export const descriptorJson = (presentation: RemotePresentation): string =>
  `${JSON.stringify(presentationOf(presentation), null, 2)}\n`;
