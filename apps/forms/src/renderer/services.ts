// What the renderer needs from the page around it: where a file goes (a submission's attachments) and where a
// stored one is read back. Provided by the page, so the renderer itself names no procedure.
import { inject, provide, type InjectionKey } from 'vue';

/** A file kept in a form's data (an attachment, a signature image): the contract's file reference. */
export interface FileRef {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

export interface FileServices {
  /** Stores a file and says how the form's data refers to it; absent where nothing is filled in (a read-back). */
  upload?: (file: File) => Promise<FileRef>;
  /** Where the browser reads a stored file (a download link, an <img> source). */
  urlOf(file: FileRef): string;
}

const KEY: InjectionKey<FileServices> = Symbol('forms.fileServices');

export const provideFileServices = (services: FileServices) => provide(KEY, services);

/** The page's file services; a preview (the designer) has none and shows uploads as unavailable. */
export const useFileServices = (): FileServices | null => inject(KEY, null);
