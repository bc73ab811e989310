// docs/operations.md lists every variable the code reads, and says for each where the cluster sets it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, variablesReadAnywhere } from './code-variables.ts';
import { UNSET_IN_CLUSTER } from './environment.ts';

/** The variables named in the first column of the Configuration table. */
function documentedVariables(markdown: string): Set<string> {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Configuration')) ?? '';
  const firstCells = section
    .split('\n')
    .flatMap((line) => (line.startsWith('| `') ? [line.split('|')[1]!] : []));
  return new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!)));
}

const operations = readFileSync(path.join(repoRoot, 'docs/operations.md'), 'utf8');

describe('docs/operations.md', () => {
  it('lists every variable the gateway, the services and the packages read', () => {
    const documented = documentedVariables(operations);
    const read = variablesReadAnywhere();
    expect([...read.keys()].filter((v) => !documented.has(v))).toEqual([]);
  });

  it('says "not set" for exactly the variables the manifests leave out', () => {
    const section = operations.split(/^## /m).find((s) => s.startsWith('Configuration'))!;
    const notSet = section
      .split('\n')
      .filter((line) => line.startsWith('| `') && line.split('|')[2]!.trim() === 'not set')
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((m) => m[1]!));
    expect(notSet.sort()).toEqual(Object.keys(UNSET_IN_CLUSTER).sort());
  });

  it('misses a variable that is not in the table', () => {
    expect(documentedVariables(operations.replace('| `DUDA_SEED`', '| DUDA_SEED')).has('DUDA_SEED')).toBe(
      false,
    );
  });
});
