import { describe, expect, it } from 'vitest';
import { checkPolicyDocument } from './document.ts';

const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('a policy text as the server keeps it', () => {
  it.each([
    [
      'paragraphs and a heading',
      doc({ type: 'heading', attrs: { level: 2 }, content: [t('一、首问负责')] }, p(t('首问到底'))),
      '一、首问负责\n首问到底',
    ],
    [
      'a list',
      doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('微笑服务'))] }] }),
      '微笑服务',
    ],
    [
      'an http link',
      doc(p(t('见附件', [{ type: 'link', attrs: { href: 'https://example.cn/a' } }]))),
      '见附件',
    ],
  ])('keeps %s, with its plain text', (_, json, plain) => {
    const checked = checkPolicyDocument(json);
    expect(checked.ok && checked.plainText).toBe(plain);
  });

  it.each([
    ['an unknown node (a script)', doc({ type: 'script', content: [t('alert(1)')] })],
    ['an image (policies attach files instead)', doc({ type: 'image', attrs: { src: 'https://x/y.png' } })],
    ['a javascript: link', doc(p(t('点我', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))],
    ['an unknown mark', doc(p(t('x', [{ type: 'onclick' }])))],
    ['text straight in the document', doc(t('裸文本'))],
  ])('refuses %s', (_, json) => {
    expect(checkPolicyDocument(json).ok).toBe(false);
  });
});
