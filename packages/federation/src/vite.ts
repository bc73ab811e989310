// `@duda/federation/vite`: the Module Federation settings of the shell and of every remote, in one place so
// they cannot drift apart. Used only in vite.config.ts files (Node), never in the browser.
import { federation } from '@module-federation/vite';
import type { ModuleFederationOptions } from '@module-federation/vite';
import type { Plugin } from 'vite';

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

function sharedConfig(): NonNullable<ModuleFederationOptions['shared']> {
  return Object.fromEntries(SHARED_SINGLETONS.map((name) => [name, { singleton: true }]));
}

/** The exposed module every remote provides: its `defineRemote(...)` as the default export. */
export const REMOTE_MODULE = './remote';

export interface RemoteFederationOptions {
  /** Container name; also the URL prefix of its pages and the folder under /remotes/. */
  name: string;
  /** The module whose default export is `defineRemote(...)`, e.g. `./src/remote.ts`. */
  remoteModule: string;
}

/** Options for a remote: exposes `./remote`, emits mf-manifest.json (the shell loads remotes by manifest). */
export function remoteFederationOptions({
  name,
  remoteModule,
}: RemoteFederationOptions): ModuleFederationOptions {
  return {
    name,
    filename: 'remoteEntry.js',
    exposes: { [REMOTE_MODULE]: remoteModule },
    shared: sharedConfig(),
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
    filename: 'remoteEntry.js',
    shared: sharedConfig(),
    dts: false,
  };
}

export function remoteFederation(options: RemoteFederationOptions): Plugin[] {
  return federation(remoteFederationOptions(options)) as Plugin[];
}

export function hostFederation(name?: string): Plugin[] {
  return federation(hostFederationOptions(name)) as Plugin[];
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
