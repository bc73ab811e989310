import { articleFileUrl } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import { checkArticleDocument } from './article-document.ts';

const fileId = '0c1d8a52-7c2e-4c1a-9a7b-2f4f0c3d8e11';
const paragraph = (text: string, marks?: unknown[]) => ({
  type: 'paragraph',
  content: [{ type: 'text', text, marks }],
});
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('checkArticleDocument', () => {
  it('keeps a document of the editor and reads its plain text and images', () => {
    const checked = checkArticleDocument(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '办理流程' }] },
        paragraph('携号转网须本人持证办理', [{ type: 'link', attrs: { href: 'https://www.10086.cn' } }]),
        { type: 'image', attrs: { src: articleFileUrl(fileId) } },
      ),
    );
    expect(checked).toMatchObject({
      ok: true,
      plainText: '办理流程\n携号转网须本人持证办理',
      imageFileIds: [fileId],
    });
  });

  it('refuses unknown nodes and broken structure', () => {
    expect(checkArticleDocument(doc({ type: 'script', content: [] }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkArticleDocument(doc({ type: 'text', text: 'loose text in doc' }))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(checkArticleDocument({ type: 'doc', content: 'x' })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses script links and images from elsewhere', () => {
    expect(
      checkArticleDocument(
        doc(paragraph('点我', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
      ),
    ).toEqual({ ok: false, reason: 'link' });
    expect(
      checkArticleDocument(doc({ type: 'image', attrs: { src: 'https://evil.example/x.png' } })),
    ).toEqual({
      ok: false,
      reason: 'image',
    });
  });
});
