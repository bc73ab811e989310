// What a photo really is, from its first bytes (not its name): the images a phone camera gives. Anything else is refused.
import { FILE_TYPES, sniffImage, type ImageType } from '@duda/file-storage';

export const PHOTO_TYPES = {
  'image/jpeg': FILE_TYPES['image/jpeg'],
  'image/png': FILE_TYPES['image/png'],
  'image/webp': FILE_TYPES['image/webp'],
} as const;
export type PhotoType = ImageType;

export const detectPhotoType = (bytes: Uint8Array): PhotoType | null => sniffImage(bytes);
