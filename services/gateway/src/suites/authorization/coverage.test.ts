import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage.ts';

const area = (prefix: string, paths: string[]) => ({
  prefix,
  probes: Object.fromEntries(paths.map((path) => [path, { allowed: [] }])),
});

describe('coverage of the authorization matrix', () => {
  it('names a procedure without an entry, an entry without a procedure, and one filed under another area', () => {
    const coverage = coverageOf(
      ['org.me', 'org.tree', 'inspection.plans.list'],
      [area('org', ['org.me', 'org.gone']), area('inspection', ['inspection.plans.list', 'org.tree'])],
    );
    expect(coverage).toEqual({ missing: [], stale: ['org.gone'], misplaced: ['org.tree'] });
    expect(coverageOf(['org.me', 'org.new'], [area('org', ['org.me'])]).missing).toEqual(['org.new']);
  });
});
