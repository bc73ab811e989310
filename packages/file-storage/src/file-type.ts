// What an upload really is, from its first bytes: the declared content type and the file's name are never
// trusted. The formats the halls' phones, scanners and office software produce; each is a signature at a fixed
// place, so no library is needed.
export const FILE_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  /** A zip container: the Office files docx/xlsx/pptx among others, told apart only by their names. */
  'application/zip': 'zip',
  /** A compound document: the older Office files doc/xls/ppt, likewise. */
  'application/x-cfb': 'cfb',
} as const;
export type FileType = keyof typeof FILE_TYPES;

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (starts(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'application/x-cfb';
  return null;
}

export const isImageType = (type: string | null): type is ImageType =>
  (IMAGE_TYPES as readonly (string | null)[]).includes(type);

/** The photo formats a phone camera or a screenshot gives, or null for anything else. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  const type = sniffFileType(bytes);
  return isImageType(type) ? type : null;
}
