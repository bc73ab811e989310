// Types of deployable.mjs (plain JavaScript, so `pnpm new-area` runs without a TypeScript loader).
export const SERVICE_RUNTIME_DEPENDENCIES: readonly string[];
export function asDeployable<T extends object>(
  pkg: T,
): T & {
  files: string[];
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
export function nextServicePort(standaloneSources: string[]): number;
export function standaloneSource(
  n: { key: string; camel: string; service: string },
  title: { 'zh-CN': string; en: string },
  port: number,
): string;
