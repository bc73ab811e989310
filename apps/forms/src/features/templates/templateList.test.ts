import { describe, expect, it } from 'vitest';
import type { TemplateRow } from './api.ts';
import { currentVersion, draftVersion, latestVersion, startVersionOf } from './templateList.ts';

const version = (n: number, status: 'DRAFT' | 'PUBLISHED' | 'RETIRED') => ({
  id: `v${n}`,
  version: n,
  status,
  createdAt: new Date('2026-11-01'),
  publishedAt: null,
  retiredAt: null,
});
// Newest first, as the service lists them: a draft 3 on top of version 2 in use and a retired 1.
const row = {
  id: 't1',
  currentVersionId: 'v2',
  versions: [version(3, 'DRAFT'), version(2, 'PUBLISHED'), version(1, 'RETIRED')],
} as unknown as TemplateRow;

describe('template versions', () => {
  it('tells the newest, the one in use and the draft apart', () => {
    expect(latestVersion(row)?.id).toBe('v3');
    expect(currentVersion(row)?.id).toBe('v2');
    expect(draftVersion(row)?.id).toBe('v3');
  });

  it('has no draft and no version in use when there are none', () => {
    const retired = {
      ...row,
      currentVersionId: null,
      versions: [version(1, 'RETIRED')],
    } as unknown as TemplateRow;
    expect(currentVersion(retired)).toBeNull();
    expect(draftVersion(retired)).toBeNull();
    expect(latestVersion({ ...row, versions: [] } as unknown as TemplateRow)).toBeNull();
  });

  it('starts an editor from the open draft, else from the version in use', () => {
    expect(startVersionOf(row)).toBe('v3');
    expect(startVersionOf({ ...row, versions: row.versions.slice(1) })).toBe('v2');
    expect(startVersionOf(undefined)).toBeNull();
  });
});
