// The photo a tick carries (拍照留证): checked in the browser first for a quick message — the server judges the
// bytes again and refuses anything that is not an image — then uploaded for the task before the tick cites it.
import { api } from '@duda/api-client';
import { MAX_DUTY_PHOTO_MEGABYTES } from '@duda/contract-portal';

export type PhotoProblem = 'photoNotImage' | 'photoTooLarge';

/** Why a chosen file cannot be the photo (its declared type is only a first hint), or null. */
export function photoProblem(file: Pick<File, 'type' | 'size'>): PhotoProblem | null {
  if (!file.type.startsWith('image/')) return 'photoNotImage';
  if (file.size > MAX_DUTY_PHOTO_MEGABYTES * 1024 * 1024) return 'photoTooLarge';
  return null;
}

/** Stores the photo for the task; sent as multipart (the client sends FormData untouched). */
export async function uploadTickPhoto(taskId: string, file: File): Promise<{ id: string }> {
  const form = new FormData();
  form.append('taskId', taskId);
  form.append('file', file);
  return api.portal.duties.uploadPhoto.mutate(form);
}
