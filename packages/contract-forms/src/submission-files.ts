// Files a form holds (附件, 签名): uploaded for a unit as multipart form data before the form is submitted, cited by
// id in its data, and read back through a plain HTTP route (an <img> or a download cannot go through tRPC).
import { commonErrors, formDataInput } from '@duda/contract-kit';
import { z } from 'zod';
import { formsSubmissionErrors } from './submission-errors.ts';

export const FORM_FILE_PATH = '/api/forms/files';
export const formFileUrl = (fileId: string) => `${FORM_FILE_PATH}/${fileId}`;

/** The largest file a form takes, in MB (within the gateway's 12 MB upload limit). */
export const MAX_FORM_FILE_MEGABYTES = 10;

const badName = (name: string) =>
  !name.trim() || name.length > 200 || [...name].some((c) => c < ' ' || c === '/' || c === '\\');

export const submissionFileInputs = {
  /** The file and the unit the form is filled in for. */
  uploadFile: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const orgNodeId = form.get('orgNodeId');
    if (!(file instanceof File)) {
      issue.addIssue({ code: 'custom', message: formsSubmissionErrors.fileRequired.code, path: ['file'] });
    } else if (badName(file.name)) {
      issue.addIssue({ code: 'custom', message: formsSubmissionErrors.fileName.code, path: ['file'] });
    }
    if (typeof orgNodeId !== 'string' || !z.uuid().safeParse(orgNodeId).success) {
      issue.addIssue({ code: 'custom', message: commonErrors.invalidId.code, path: ['orgNodeId'] });
    }
    return { file: file as File, orgNodeId: orgNodeId as string };
  }),
};
