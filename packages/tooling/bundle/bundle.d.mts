// Types of bundle.mjs (plain JavaScript, so the `duda-bundle` command runs without a TypeScript loader).
export function folderWith(marker: string, from: string): string;
export function packageName(specifier: string): string;
export function locateImportMeta(options: {
  file: string;
  packageDir: string;
  distDir: string;
  repoRoot: string;
}): string;
export function bundleService(packageDir: string, entries: string[]): Promise<string[]>;
