import { describe, expect, it } from 'vitest';
import { knowledgeErrors } from './knowledge-errors.ts';
import { knowledgeInputs } from './knowledge.ts';

const id = '5b1f6a52-7c2e-4c1a-9a7b-2f4f0c3d8e11';
const doc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: '首问负责制' }] }],
};

describe('knowledge inputs', () => {
  it('take an article with the editor document, and default its tags', () => {
    const parsed = knowledgeInputs.create.parse({
      title: ' 首问负责制 ',
      knowledgePointId: id,
      content: doc,
    });
    expect(parsed.title).toBe('首问负责制');
    expect(parsed.tags).toEqual([]);
  });

  it('refuse a document that is not one, or is too large', () => {
    const notDoc = knowledgeInputs.create.safeParse({
      title: 't',
      knowledgePointId: id,
      content: { type: 'p' },
    });
    expect(notDoc.success).toBe(false);
    const huge = {
      type: 'doc',
      content: Array.from({ length: 30 }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text: '字'.repeat(19000) }],
      })),
    };
    const tooLarge = knowledgeInputs.create.safeParse({ title: 't', knowledgePointId: id, content: huge });
    expect(tooLarge.error?.issues.map((i) => i.message)).toContain(knowledgeErrors.contentInvalid.code);
  });

  it('refuse a document nested deeper than any article before walking it', () => {
    let deep: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 5000; i++) deep = { type: 'blockquote', content: [deep] };
    const parsed = knowledgeInputs.create.safeParse({
      title: 't',
      knowledgePointId: id,
      content: { type: 'doc', content: [deep] },
    });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([knowledgeErrors.contentInvalid.code]);
  });

  it('read an upload from form data and name each missing part', () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array([1])], '资费表.pdf', { type: 'application/pdf' }));
    form.set('articleId', id);
    form.set('kind', 'ATTACHMENT');
    expect(knowledgeInputs.uploadFile.parse(form)).toMatchObject({ articleId: id, kind: 'ATTACHMENT' });
    const empty = knowledgeInputs.uploadFile.safeParse(new FormData());
    expect(empty.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['file', knowledgeErrors.fileRequired.code],
      ['articleId', knowledgeErrors.articleIdFormat.code],
      ['kind', knowledgeErrors.fileKindFormat.code],
    ]);
  });

  it('bound the required-reading target and the unread-count month', () => {
    const tooMany = knowledgeInputs.assign.safeParse({
      articleId: id,
      orgNodeIds: Array.from({ length: 101 }, () => id),
      deadline: new Date(),
    });
    expect(tooMany.success).toBe(false);
    expect(knowledgeInputs.unreadCounts.safeParse({ month: '2026-13' }).success).toBe(false);
    expect(knowledgeInputs.unreadCounts.parse({ month: '2026-11' })).toEqual({ month: '2026-11' });
  });
});
