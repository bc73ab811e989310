import { describe, expect, it } from 'vitest';
import { detectArticleFile } from './article-file-type.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
const pdf = new TextEncoder().encode('%PDF-1.7\n');
const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]);

describe('detectArticleFile', () => {
  it('accepts only images as images, whatever the name says', () => {
    expect(detectArticleFile('IMAGE', png, 'a.pdf')).toEqual({ contentType: 'image/png', extension: 'png' });
    expect(detectArticleFile('IMAGE', pdf, 'a.png')).toBeNull();
  });

  it('accepts PDF, Office files by their bytes and extension, and images as attachments', () => {
    expect(detectArticleFile('ATTACHMENT', pdf, '资费.pdf')?.contentType).toBe('application/pdf');
    expect(detectArticleFile('ATTACHMENT', zip, '流程.DOCX')?.extension).toBe('docx');
    expect(detectArticleFile('ATTACHMENT', png, '截图')?.contentType).toBe('image/png');
  });

  it('refuses a zip that is not an Office file and anything unknown', () => {
    expect(detectArticleFile('ATTACHMENT', zip, 'archive.zip')).toBeNull();
    expect(detectArticleFile('ATTACHMENT', new TextEncoder().encode('<script>'), 'x.html')).toBeNull();
  });
});
