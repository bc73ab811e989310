export interface UploadedImage {
  id?: string;
  url: string;
  name: string;
}

/** Stores the file (the caller's API) and returns where it now lives. */
export type ImageUploader = (file: File) => Promise<UploadedImage>;
