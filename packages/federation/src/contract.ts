import type { Action } from '@duda/authz';
import type { RouteRecordRaw, Router } from 'vue-router';
import type { CurrentUser } from './current-user.ts';
import type { RemotePresentation } from './presentation.ts';

/**
 * Bumped when the shape below changes incompatibly. The shell refuses a remote built against another
 * version (it shows the module as unavailable) instead of failing somewhere inside its pages.
 */
export const CONTRACT_VERSION = 2;

/**
 * One entry of the side menu. A remote lists its own; the shell shows them under one group named and
 * iconed by the remote's presentation, keeping only what the user may use.
 */
export interface MenuEntry {
  /** An i18n key (`inspection.menu.halls`) or plain text. */
  title: string;
  /** Relative to the remote's mount point (`halls` → `/inspection/halls`), or absolute. Groups have none. */
  path?: string;
  /** Name of an icon in `Icons` from `@duda/ui`, e.g. `OfficeBuilding`. */
  icon?: string;
  /** The action (`inspection.plan.approve`…) the user needs; the entry is hidden without it. */
  permission?: Action;
  children?: MenuEntry[];
}

export type RemoteMessages = Record<'zh-CN' | 'en', Record<string, unknown>>;

/** What the shell hands a remote's `setup`. */
export interface RemoteContext {
  /** Where the remote's routes are mounted, e.g. `/inspection`. */
  basePath: string;
  router: Router;
  /** Who is logged in; null on the login page. */
  currentUser: () => CurrentUser | null;
}

/**
 * A remote's whole definition: its presentation (name, title, icon, order, entry permission — declared
 * once with `defineRemotePresentation` and also written to `remote.json` by its build) and its code.
 */
export interface RemoteOptions extends RemotePresentation {
  /**
   * Mounted under `/<name>/`; use relative paths. `meta.permission` guards a route. Route names are global
   * in the portal, so each starts with the remote's name (`inspection.halls`).
   */
  routes: RouteRecordRaw[];
  /** The module's pages in the side menu (and as links on its home page card), in order. */
  menu: MenuEntry[];
  /** Merged into the shared i18n instance under the remote's own top-level key. */
  messages?: RemoteMessages;
  /** Runs once after the remote's routes are added, before its pages show. */
  setup?(context: RemoteContext): void | Promise<void>;
}

export interface RemoteDefinition extends RemoteOptions {
  contractVersion: number;
}

/** The default export of every remote's `./remote` module. */
export function defineRemote(options: RemoteOptions): RemoteDefinition {
  return { ...options, contractVersion: CONTRACT_VERSION };
}

/** Why a loaded module cannot be used as the remote it claims to be. */
export class RemoteContractError extends Error {
  override name = 'RemoteContractError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Checks what `loadRemote('<name>/remote')` returned; throws RemoteContractError with the reason. */
export function assertRemoteDefinition(module: unknown, expectedName: string): RemoteDefinition {
  // An ES module namespace (what the runtime returns) without `default` means the export was forgotten.
  const isNamespace =
    isObject(module) && ('default' in module || Object.prototype.toString.call(module) === '[object Module]');
  const candidate = isNamespace ? module.default : module;
  if (!isObject(candidate)) throw new RemoteContractError(`${expectedName}: ./remote has no default export`);
  if (candidate.contractVersion !== CONTRACT_VERSION) {
    throw new RemoteContractError(
      `${expectedName}: built for contract version ${String(candidate.contractVersion)}, the shell speaks ${CONTRACT_VERSION}`,
    );
  }
  if (candidate.name !== expectedName) {
    throw new RemoteContractError(`${expectedName}: the module calls itself "${String(candidate.name)}"`);
  }
  const title = candidate.title;
  if (!isObject(title) || !isText(title['zh-CN']) || !isText(title.en)) {
    throw new RemoteContractError(`${expectedName}: title must have zh-CN and en text`);
  }
  if (typeof candidate.order !== 'number') {
    throw new RemoteContractError(`${expectedName}: order must be a number`);
  }
  if (!Array.isArray(candidate.routes) || !Array.isArray(candidate.menu)) {
    throw new RemoteContractError(`${expectedName}: routes and menu must be arrays`);
  }
  const messages = candidate.messages;
  if (
    messages !== undefined &&
    !(isObject(messages) && isObject(messages['zh-CN']) && isObject(messages.en))
  ) {
    throw new RemoteContractError(`${expectedName}: messages must have zh-CN and en texts`);
  }
  if (candidate.setup !== undefined && typeof candidate.setup !== 'function') {
    throw new RemoteContractError(`${expectedName}: setup must be a function`);
  }
  // Route names are global in the portal, and vue-router silently replaces a route whose name is taken.
  const foreign = routeNames(candidate.routes as RouteRecordRaw[]).find(
    (name) => !name.startsWith(`${expectedName}.`),
  );
  if (foreign !== undefined) {
    throw new RemoteContractError(
      `${expectedName}: route name "${foreign}" must start with "${expectedName}."`,
    );
  }
  return candidate as unknown as RemoteDefinition;
}

const routeNames = (routes: RouteRecordRaw[]): string[] =>
  routes.flatMap((route) => [
    ...(route.name === undefined ? [] : [String(route.name)]),
    ...routeNames(route.children ?? []),
  ]);
