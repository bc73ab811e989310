// What a form's file really is, from its first bytes (not its name): the images a phone takes or a signature pad
// draws, and PDF documents. Anything else is refused.
import { FILE_TYPES, sniffFileType } from '@duda/file-storage';

export const FORM_FILE_TYPES = {
  'image/jpeg': FILE_TYPES['image/jpeg'],
  'image/png': FILE_TYPES['image/png'],
  'image/webp': FILE_TYPES['image/webp'],
  'application/pdf': FILE_TYPES['application/pdf'],
} as const;
export type FormFileType = keyof typeof FORM_FILE_TYPES;

const isFormFileType = (type: string | null): type is FormFileType => !!type && type in FORM_FILE_TYPES;

export function detectFormFileType(bytes: Uint8Array): FormFileType | null {
  const type = sniffFileType(bytes);
  return isFormFileType(type) ? type : null;
}
