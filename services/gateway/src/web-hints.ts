// Preload hints sent with a page of the portal: for a deep link into a remote (`/inspection/halls`), that
// remote's manifest, container entry, exposed module and the page's own chunks, so the browser fetches them while
// the shell is still starting instead of one after another (manifest → entry → module → page) once it runs.
import { pageFor } from '@duda/federation/page-assets';
import type { PageAssetsFile } from '@duda/federation/page-assets';

/** One `<link>` the page head gets. */
export interface PreloadHint {
  href: string;
  /** modulepreload for JavaScript modules; fetch for the manifest (as the federation runtime asks it); style. */
  kind: 'module' | 'fetch' | 'style';
}

/** What the gateway knows of a remote built next to it. */
export interface RemoteBuild {
  name: string;
  /** URL of its folder, ending in `/` (`/remotes/inspection/`). */
  base: string;
  /** Its mf-manifest.json's file name within that folder. */
  manifest: string;
  assets: PageAssetsFile;
}

/**
 * The hints for opening `pathname`: nothing unless its first segment is a remote built here; then the remote's
 * own files, and the page's when a route of the remote matches the rest of the path.
 */
export function preloadHints(pathname: string, buildOf: (name: string) => RemoteBuild | null): PreloadHint[] {
  const [, first, ...rest] = pathname.split('/');
  const build = first ? buildOf(first) : null;
  if (!build) return [];
  const page = pageFor(build.assets.pages, rest.join('/'));
  const js = new Set([...build.assets.entry.js, ...(page?.js ?? [])]);
  const css = new Set([...build.assets.entry.css, ...(page?.css ?? [])]);
  return [
    { href: build.base + build.manifest, kind: 'fetch' as const },
    ...[...js].map((file) => ({ href: build.base + file, kind: 'module' as const })),
    ...[...css].map((file) => ({ href: build.base + file, kind: 'style' as const })),
  ];
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The hints as `<link>` elements. `crossorigin` on each, because the runtime fetches the manifest and imports
 * modules in CORS mode (same-origin credentials) and Vite adds its stylesheets with it: a preload is reused only
 * when the later request matches it.
 */
export function renderHints(hints: PreloadHint[]): string {
  return hints
    .map(({ href, kind }) => {
      const url = escapeAttribute(href);
      if (kind === 'module') return `<link rel="modulepreload" crossorigin href="${url}">`;
      if (kind === 'fetch') return `<link rel="preload" as="fetch" crossorigin href="${url}">`;
      return `<link rel="preload" as="style" crossorigin href="${url}">`;
    })
    .join('');
}
