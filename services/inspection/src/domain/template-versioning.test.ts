import { describe, expect, it } from 'vitest';
import {
  assertTemplateEditable,
  assertTemplateUsable,
  createDraftVersion,
  publishTemplateVersion,
  retireTemplate,
} from './template-versioning.ts';
import { passFailItem, section, template } from '@duda/contract-inspection/testing';

const now = new Date('2025-03-01T02:00:00Z');
const published = template([section('A', [passFailItem('A01')])], { version: 2, status: 'PUBLISHED' });

describe('template versioning', () => {
  it('only lets a draft be edited', () => {
    expect(() => assertTemplateEditable(published)).toThrow(expect.objectContaining({ kind: 'CONFLICT' }));
    expect(() => assertTemplateEditable({ ...published, status: 'DRAFT' })).not.toThrow();
  });

  it('only lets the published version start inspections', () => {
    expect(() => assertTemplateUsable(published)).not.toThrow();
    expect(() => assertTemplateUsable({ ...published, status: 'RETIRED' })).toThrow(
      expect.objectContaining({ kind: 'PRECONDITION_FAILED' }),
    );
  });

  it('creates an independent draft numbered after every existing version', () => {
    const draft = createDraftVersion(published, [
      { version: 1, status: 'RETIRED' },
      { version: 2, status: 'PUBLISHED' },
    ]);
    expect(draft).toMatchObject({ version: 3, status: 'DRAFT', publishedAt: null });
    (draft.sections[0]?.items[0] as { title: string }).title = '改过的标题';
    expect(published.sections[0]?.items[0]?.title).toBe('检查项A01');
  });

  it('refuses a second concurrent draft', () => {
    expect(() => createDraftVersion(published, [{ version: 3, status: 'DRAFT' }])).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
  });

  it('publishes the next version and retires the one in use', () => {
    const draft = { ...published, version: 7, status: 'DRAFT' as const, publishedAt: null };
    const result = publishTemplateVersion(
      [
        { version: 1, status: 'RETIRED' },
        { version: 2, status: 'PUBLISHED' },
        { version: 7, status: 'DRAFT' },
      ],
      draft,
      now,
    );
    expect(result.template).toMatchObject({ version: 3, status: 'PUBLISHED', publishedAt: now });
    expect(result.retiredVersions).toEqual([2]);
  });

  it('publishes the first version of a new standard as version 1', () => {
    const draft = { ...published, status: 'DRAFT' as const };
    expect(publishTemplateVersion([], draft, now).template.version).toBe(1);
  });

  it('refuses to publish something that is not a draft or is invalid', () => {
    expect(() => publishTemplateVersion([], published, now)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
    const invalid = { ...published, status: 'DRAFT' as const, passLine: 120 };
    expect(() => publishTemplateVersion([], invalid, now)).toThrow(
      expect.objectContaining({ field: 'passLine' }),
    );
  });

  it('retires only a published version', () => {
    expect(retireTemplate(published).status).toBe('RETIRED');
    expect(() => retireTemplate({ ...published, status: 'DRAFT' })).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
  });
});
