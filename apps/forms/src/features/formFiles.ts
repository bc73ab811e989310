// A form's files on the portal's pages: uploaded for the form's unit through forms.submissions.uploadFile, read
// back through the file route (an <img> of a signature, a download), which checks the viewer itself.
import { api } from '@duda/api-client';
import { formFileUrl } from '@duda/contract-forms';
import type { FileRef, FileServices } from '../renderer/services.ts';

type Send = (form: FormData) => Promise<FileRef>;
const sendToService: Send = (form) => api.forms.submissions.uploadFile.mutate(form);

/** Reading stored files only: the submission page and the print layout. */
export const formFileReader: FileServices = { urlOf: (file) => formFileUrl(file.id) };

/** Uploading for the unit the form is filled in for; the data keeps the reference alone (its schema has no url). */
export function formFileServices(orgNodeId: () => string, send: Send = sendToService): FileServices {
  return {
    ...formFileReader,
    async upload(file) {
      const form = new FormData();
      form.append('orgNodeId', orgNodeId());
      form.append('file', file);
      const { id, name, size, contentType } = await send(form);
      return { id, name, size, contentType };
    },
  };
}
