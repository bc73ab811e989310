// `@duda/federation/vite`: the Module Federation settings of the shell and of every remote, in one place so
// they cannot drift apart. Used only in vite.config.ts files (Node), never in the browser.
import { federation } from '@module-federation/vite';
import type { ModuleFederationOptions } from '@module-federation/vite';
import type { Plugin } from 'vite';
import { remotePageAssets } from './page-assets-plugin.ts';
import { precompressAssets } from './precompress.ts';
import { descriptorJson, REMOTE_DESCRIPTOR_FILE } from './presentation.ts';
import type { RemotePresentation } from './presentation.ts';
import { preloadSharedLibraries } from './shared-preload.ts';

/**
 * Shared as singletons between the shell and all remotes: one Vue, one router, one i18n instance (so the
 * language switch reaches every page), one query cache, one current user. Element Plus is not listed: apps
 * reach it only through @duda/ui, which is itself shared, so it is loaded once inside that shared chunk.
 */
export const SHARED_SINGLETONS = [
  'vue',
  'vue-router',
  'pinia',
  'vue-i18n',
  '@tanstack/vue-query',
  '@duda/ui',
  '@duda/api-client',
  '@duda/federation',
] as const;

/**
 * A copy of a shared library that is registered first and loaded stays the one everybody uses. Under the
 * default ('version-first') a copy of the same version registered later but not yet loaded replaces it when its
 * container's name sorts after the registrant's — a remote called `training` took `@tanstack/vue-query` over from
 * the `shell` for every remote — and the host fetches every remote's entry at start to compare versions.
 */
const SHARE_STRATEGY = 'loaded-first' as const;

/**
 * `fallback: false` for a built remote: it never runs without the shell, which provides every shared singleton,
 * so it carries no copy of its own. With copies, the plugin bundles a workspace singleton's fallback statically
 * beside its loader, and the browser downloaded them even though the shell's were used — @duda/api-client,
 * vue-i18n and @duda/ui (with ECharts) again per remote: 156–185 KB gzip per remote page instead of 60–80.
 * A remote's own dev server (`vite`, standalone) keeps them: there it is the only app on the page.
 */
function sharedConfig(fallback = true): NonNullable<ModuleFederationOptions['shared']> {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name) => [
      name,
      fallback ? { singleton: true } : { singleton: true, import: false },
    ]),
  );
}

/** The container entry of every remote and of the shell, beside mf-manifest.json. */
const REMOTE_ENTRY_FILE = 'remoteEntry.js';

/** The exposed module every remote provides: its `defineRemote(...)` as the default export. */
export const REMOTE_MODULE = './remote';

export interface RemoteFederationOptions {
  /**
   * The remote's presentation, the same object its `remote.ts` passes to `defineRemote`. Its name is the
   * container name, the URL prefix of its pages and the folder under /remotes/.
   */
  presentation: RemotePresentation;
  /** The module whose default export is `defineRemote(...)`, e.g. `./src/remote.ts`. */
  remoteModule: string;
  /** Built to run inside the shell, which provides the shared libraries (`vite build`): no copies of them. */
  insideShell?: boolean;
}

/** Options for a remote: exposes `./remote`, emits mf-manifest.json (the shell loads remotes by manifest). */
export function remoteFederationOptions({
  presentation,
  remoteModule,
  insideShell = false,
}: RemoteFederationOptions): ModuleFederationOptions {
  return {
    name: presentation.name,
    filename: REMOTE_ENTRY_FILE,
    exposes: { [REMOTE_MODULE]: remoteModule },
    shared: sharedConfig(!insideShell),
    shareStrategy: SHARE_STRATEGY,
    manifest: true,
    // Type generation would compile every page again and publish .d.ts files nobody consumes: the
    // contract types come from this package.
    dts: false,
  };
}

/** Options for the shell: no build-time remotes, it registers them at run time from /api/remotes. */
export function hostFederationOptions(name = 'shell'): ModuleFederationOptions {
  return {
    name,
    remotes: {},
    filename: REMOTE_ENTRY_FILE,
    shared: sharedConfig(),
    shareStrategy: SHARE_STRATEGY,
    dts: false,
  };
}

/**
 * Writes the remote's presentation to `remote.json` beside `mf-manifest.json`, so the gateway can list the
 * remote's title, icon, order and permission without running its code (and the shell can name it when
 * that code fails to load).
 */
export function remoteDescriptor(presentation: RemotePresentation): Plugin {
  return {
    name: 'duda:remote-descriptor',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: REMOTE_DESCRIPTOR_FILE,
        source: descriptorJson(presentation),
      });
    },
  };
}

/**
 * Module Federation for a remote, its descriptor, the files of each of its pages (pages.json), and compressed
 * copies of its files.
 */
export function remoteFederation(options: RemoteFederationOptions): Plugin[] {
  return [
    ...(federation(remoteFederationOptions(options)) as Plugin[]),
    remoteDescriptor(options.presentation),
    remotePageAssets({ entryFile: REMOTE_ENTRY_FILE, remoteModule: options.remoteModule }),
    precompressAssets(),
  ];
}

/** Module Federation for the shell, its page preloading the shared libraries, and compressed copies of its files. */
export function hostFederation(name?: string): Plugin[] {
  return [
    ...(federation(hostFederationOptions(name)) as Plugin[]),
    preloadSharedLibraries(),
    precompressAssets(),
  ];
}

/**
 * vue-i18n's build flags. vue-i18n is shared, so whichever app provides it must be built the same way;
 * every portal app (and its tests) defines exactly these.
 */
export const vueI18nFlags = {
  __VUE_I18N_FULL_INSTALL__: true,
  __VUE_I18N_LEGACY_API__: false,
  __INTLIFY_PROD_DEVTOOLS__: false,
} as const;
