// The formats a phone camera or screenshot produces, from the first bytes (@duda/file-storage); the declared
// content type of an upload is never trusted.
import { FILE_TYPES, sniffImage, type ImageType } from '@duda/file-storage';

export type { ImageType };

export const EXTENSIONS: Record<ImageType, string> = FILE_TYPES;

export const detectImageType = (bytes: Uint8Array): ImageType | null => sniffImage(bytes);
