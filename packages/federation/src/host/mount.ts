import { RouterView } from 'vue-router';
import type { RouteComponent, Router } from 'vue-router';
import type { MenuEntry, RemoteDefinition, RemoteMessages } from '../contract.ts';
import type { LocalizedText } from '../presentation.ts';
import type { CurrentUser } from '../current-user.ts';
import { resolveMenuPaths } from '../menu.ts';

export interface RemoteMountOptions {
  router: Router;
  /** Name of the shell's layout route; remote pages render inside it. */
  parentRouteName: string;
  /** Shown for every URL of a remote that could not be loaded; receives the remote's name as `remote`. */
  unavailablePage: RouteComponent;
  /** Adds a remote's texts to the shared i18n instance. */
  registerMessages(messages: RemoteMessages): void;
  currentUser(): CurrentUser | null;
}

/** A remote the shell has added: where it lives and its menu with absolute paths (not yet filtered). */
export interface MountedRemote {
  name: string;
  title: LocalizedText;
  basePath: string;
  menu: MenuEntry[];
}

export const basePathOf = (name: string) => `/${name}`;

/**
 * Adds remotes' routes under the shell's layout, or a stand-in page for a remote that failed, and swaps
 * one for the other when a retry succeeds. Each remote owns everything under `/<name>/`.
 */
export function createRemoteMounter(options: RemoteMountOptions) {
  const { router, parentRouteName } = options;
  const removers = new Map<string, () => void>();

  function replaceRoutes(name: string, add: () => () => void): void {
    removers.get(name)?.();
    removers.set(name, add());
  }

  function markUnavailable(name: string): void {
    replaceRoutes(name, () =>
      router.addRoute(parentRouteName, {
        path: `${basePathOf(name)}/:rest(.*)*`,
        component: options.unavailablePage,
        props: { remote: name },
        meta: { remote: name },
      }),
    );
  }

  async function mount(definition: RemoteDefinition): Promise<MountedRemote> {
    const basePath = basePathOf(definition.name);
    if (definition.messages) options.registerMessages(definition.messages);
    // The parent needs a component: vue-router never registers a record with neither component, name nor
    // redirect, so removing it later would leave the children (and their names) behind.
    replaceRoutes(definition.name, () =>
      router.addRoute(parentRouteName, {
        path: basePath,
        component: RouterView,
        meta: { remote: definition.name },
        children: definition.routes,
      }),
    );
    try {
      await definition.setup?.({ basePath, router, currentUser: options.currentUser });
    } catch (error) {
      markUnavailable(definition.name);
      throw error;
    }
    return {
      name: definition.name,
      title: definition.title,
      basePath,
      menu: resolveMenuPaths(basePath, definition.menu),
    };
  }

  return { mount, markUnavailable };
}

export type RemoteMounter = ReturnType<typeof createRemoteMounter>;
