// What an uploaded image or attachment really is, from its first bytes (the declared type is never trusted;
// @duda/file-storage reads them). Images: JPEG, PNG, WebP. Attachments: those, PDF, and Office files — the
// zip-based ones (docx/xlsx/pptx) and the older compound-document ones (doc/xls/ppt), told apart by the file
// name's extension once the bytes match.
import type { ArticleFileKind } from '@duda/contract-training';
import { FILE_TYPES, isImageType, sniffFileType } from '@duda/file-storage';

export interface FileType {
  contentType: string;
  extension: string;
}

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

export function detectArticleFile(kind: ArticleFileKind, bytes: Uint8Array, name: string): FileType | null {
  const type = sniffFileType(bytes);
  if (isImageType(type)) return { contentType: type, extension: FILE_TYPES[type] };
  if (kind === 'IMAGE') return null;
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (type === 'application/pdf') return { contentType: type, extension: FILE_TYPES[type] };
  if (type === 'application/zip' && OFFICE_ZIP[extension])
    return { contentType: OFFICE_ZIP[extension], extension };
  if (type === 'application/x-cfb' && OFFICE_OLD[extension])
    return { contentType: OFFICE_OLD[extension], extension };
  return null;
}
