import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));

/** What the remote's pages take from the contract: the enums, status words, error catalogs, limits and rules. */
const PAGE_SIDE = [
  'enums.ts',
  'status-labels.ts',
  'errors.ts',
  'field-labels.ts',
  'text-limits.ts',
  'rules/checklist-weights.ts',
  'rules/numbers.ts',
  'rules/photo-policy.ts',
  'rules/planning.ts',
  'rules/result-validation.ts',
  'rules/scoring.ts',
  'rules/template-validation.ts',
  'rules/types.ts',
];

/** The package's files a module reaches through value imports (type-only imports build nothing). */
function valueImports(file: string): { zod: boolean; local: string[] } {
  const source = readFileSync(path.join(here, file), 'utf8');
  const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)]
    .filter(([, typeOnly]) => !typeOnly)
    .map(([, , specifier]) => specifier!);
  return {
    zod: imports.some((specifier) => specifier === 'zod' || specifier.startsWith('zod/')),
    local: imports
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))),
  };
}

describe('what a page imports builds no schema', () => {
  // The remote bundles only the modules its pages reach (sideEffects: false): one zod import among them puts
  // zod and every schema of that module into the chunk a phone evaluates before its first page.
  it('reaches no module that imports zod', () => {
    const seen = new Set<string>();
    const withZod: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const { zod, local } = valueImports(file);
      if (zod) withZod.push(file);
      local.forEach(visit);
    };
    PAGE_SIDE.forEach(visit);
    expect(withZod).toEqual([]);
    expect(seen).not.toContain('templates.ts');
  });

  it('tells a module with schemas from one without', () => {
    expect(valueImports('plans.ts').zod).toBe(true);
    expect(valueImports('status-labels.ts')).toEqual({ zod: false, local: ['enums.ts', 'errors.ts'] });
  });
});
