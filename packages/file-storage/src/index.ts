export { storageKey, type FileStorage } from './file-storage.ts';
export { localFolderStorage } from './local-folder.ts';
export {
  FILE_TYPES,
  IMAGE_TYPES,
  isImageType,
  sniffFileType,
  sniffImage,
  type FileType,
  type ImageType,
} from './file-type.ts';
