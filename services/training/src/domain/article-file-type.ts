// What an uploaded image or attachment really is, from its first bytes (the declared type is never trusted).
// Images: JPEG, PNG, WebP. Attachments: those, PDF, and Office files — the zip-based ones (docx/xlsx/pptx) and the
// older compound-document ones (doc/xls/ppt), told apart by the file name's extension once the bytes match.
import type { ArticleFileKind } from '@duda/contract-training';

export interface FileType {
  contentType: string;
  extension: string;
}

const IMAGES: Record<string, FileType> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
};

const OFFICE_ZIP: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
const OFFICE_OLD: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

function imageOf(bytes: Uint8Array): FileType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0xff, 0xd8, 0xff)) return IMAGES.jpeg!;
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return IMAGES.png!;
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP')
    return IMAGES.webp!;
  return null;
}

export function detectArticleFile(kind: ArticleFileKind, bytes: Uint8Array, name: string): FileType | null {
  const image = imageOf(bytes);
  if (kind === 'IMAGE' || image) return image;
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts(0x50, 0x4b, 0x03, 0x04) && OFFICE_ZIP[extension])
    return { contentType: OFFICE_ZIP[extension], extension };
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1) && OFFICE_OLD[extension])
    return { contentType: OFFICE_OLD[extension], extension };
  return null;
}
