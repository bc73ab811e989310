import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shipAloneChecklist, shipAloneSteps } from './ship-alone.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** A new area's names, as `areaNames('field-audit')` gives them. */
const fieldAudit = { key: 'field-audit', camel: 'fieldAudit', service: '@duda/service-field-audit' };

/** The repository's own files under a folder: no installed, built or generated ones, no dotfiles. */
function filesUnder(folder: string): string[] {
  const skipped = new Set(['node_modules', 'dist', '.reports', '.turbo']);
  return readdirSync(path.join(repo, folder), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !skipped.has(entry.name))
    .flatMap((entry) => {
      const file = `${folder}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(file) : [file];
    });
}

describe('the steps left to ship a new area alone', () => {
  const steps = shipAloneSteps(fieldAudit, 4107);

  it.each(steps.map((s) => [s.file, s.anchor] as const))(
    'name %s, which still holds what the step builds on (%s)',
    (file, anchor) => {
      expect(existsSync(path.join(repo, file))).toBe(true);
      expect(readFileSync(path.join(repo, file), 'utf8')).toContain(anchor);
    },
  );

  it('name every file of infra/ and docs/operations.md that names the model, forms, as a deployable', () => {
    const named = new Set(steps.map((s) => s.file));
    const naming = filesUnder('infra')
      .concat('docs/operations.md')
      // The model's own manifests are what the step copies.
      .filter((file) => !file.startsWith('infra/k8s/base/forms/'))
      .filter((file) => /\bforms\b/.test(readFileSync(path.join(repo, file), 'utf8')));
    expect(naming.length).toBeGreaterThan(10);
    expect(naming.filter((file) => !named.has(file))).toEqual([]);
  });

  it('say the area’s image, port and gateway entry, with the checks to run', () => {
    const checklist = shipAloneChecklist(fieldAudit, 4107);
    expect(checklist).toContain('@duda/service-field-audit runs inside the gateway');
    expect(checklist).toContain('field-audit=http://field-audit:4107/trpc');
    expect(checklist).toContain('image duda/service-field-audit');
    expect(checklist).toContain('alone(fieldAuditModule)');
    expect(checklist).toContain('infra/k8s/base/field-audit/');
    expect(checklist.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(steps.length);
    expect(checklist).toMatch(/pnpm --filter @duda\/docker test/);
  });
});
