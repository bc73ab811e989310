// `@duda/federation/page-assets`: which files each page of a remote needs, as its build writes them to
// `pages.json` beside mf-manifest.json, and which page a URL opens. The gateway reads it to send preload hints
// with the page (ADR 0023), so the browser fetches a deep link's page while the shell is still starting.
// No run-time imports: used in Node (gateway, build) and testable alone.

/** The file a remote's build writes beside mf-manifest.json. */
export const PAGE_ASSETS_FILE = 'pages.json';

/** One lazily loaded page of a remote: its route path (relative to `/<remote>/`) and the files it loads. */
export interface PageAssets {
  /** A vue-router path relative to the remote's mount point: `halls`, `inspections/:id/perform`. */
  path: string;
  /** Its chunk and every chunk that one imports statically, relative to the build's folder. */
  js: string[];
  css: string[];
}

export interface PageAssetsFile {
  /** What loading the remote at all takes: its container entry and its exposed module, with their imports. */
  entry: Pick<PageAssets, 'js' | 'css'>;
  pages: PageAssets[];
}

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** A relative file of the build: never a way out of it (`..`, an absolute path or another origin). */
const isBuildFile = (file: string) =>
  file.length > 0 &&
  !file.startsWith('/') &&
  !file.includes('..') &&
  !file.includes(':') &&
  !file.includes('\\');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function filesIn(value: unknown): Pick<PageAssets, 'js' | 'css'> | null {
  if (!isRecord(value) || !isStringArray(value.js) || !isStringArray(value.css)) return null;
  return { js: value.js.filter(isBuildFile), css: value.css.filter(isBuildFile) };
}

/** Reads a pages.json; anything malformed is dropped (a page without hints still works). */
export function readPageAssets(value: unknown): PageAssetsFile {
  const record = isRecord(value) ? value : {};
  const pages = Array.isArray(record.pages) ? record.pages : [];
  return {
    entry: filesIn(record.entry) ?? { js: [], css: [] },
    pages: pages.flatMap((page: unknown) => {
      const files = filesIn(page);
      return files && isRecord(page) && typeof page.path === 'string' ? [{ path: page.path, ...files }] : [];
    }),
  };
}

type SegmentMatch = 'static' | 'param' | 'rest' | null;

/** How one segment of a route path matches one segment of a URL (`null`: it does not). */
function matchSegment(pattern: string, segment: string | undefined): SegmentMatch {
  if (pattern.startsWith(':')) {
    if (pattern.endsWith('*') || pattern.endsWith('+')) return 'rest';
    // A custom pattern (`:id(\\d+)`) is not evaluated here: treated as any one segment.
    return segment === undefined ? (pattern.endsWith('?') ? 'param' : null) : 'param';
  }
  return segment === pattern ? 'static' : null;
}

const RANK: Record<Exclude<SegmentMatch, null>, number> = { static: 3, param: 2, rest: 1 };

/** The route path's rank for these URL segments (higher is more specific, as vue-router ranks), or null. */
function rankOf(routePath: string, segments: string[]): number[] | null {
  const patterns = routePath.split('/').filter(Boolean);
  const ranks: number[] = [];
  for (const [index, pattern] of patterns.entries()) {
    const match = matchSegment(pattern, segments[index]);
    if (match === null) return null;
    ranks.push(RANK[match]);
    if (match === 'rest') return ranks;
  }
  return patterns.length >= segments.length ? ranks : null;
}

const compareRanks = (a: number[], b: number[]) => {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

/**
 * The page a path below a remote's mount point opens (`inspections/42/perform`), the most specific one when
 * several match; null when none does (a redirect, an unknown URL).
 */
export function pageFor(pages: PageAssets[], subPath: string): PageAssets | null {
  let segments: string[];
  try {
    segments = subPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  let best: { page: PageAssets; rank: number[] } | null = null;
  for (const page of pages) {
    const rank = rankOf(page.path, segments);
    if (rank && (!best || compareRanks(rank, best.rank) > 0)) best = { page, rank };
  }
  return best?.page ?? null;
}
