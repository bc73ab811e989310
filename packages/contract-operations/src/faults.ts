// `operations.faults`: a hardware fault (表7 硬件报障记录单) raised against a device, assigned, repaired and confirmed
// by the hall. One status enum, its labels, and the moves allowed from each status (the page offers those only).
import { commonErrors, formDataInput, moment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { operationsErrors } from './errors.ts';

export const FAULT_STATUSES = ['REPORTED', 'ASSIGNED', 'REPAIRED', 'CONFIRMED'] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];

export const FAULT_STATUS_LABELS: Record<FaultStatus, { 'zh-CN': string; en: string }> = {
  REPORTED: { 'zh-CN': '已报障', en: 'Reported' },
  ASSIGNED: { 'zh-CN': '维修中', en: 'Being repaired' },
  REPAIRED: { 'zh-CN': '待确认', en: 'Awaiting confirmation' },
  CONFIRMED: { 'zh-CN': '已确认修复', en: 'Confirmed' },
};

/** What one does to a fault; each move leads from some statuses to one. */
export const FAULT_MOVES = {
  assign: { from: ['REPORTED', 'ASSIGNED'], to: 'ASSIGNED' },
  repair: { from: ['ASSIGNED'], to: 'REPAIRED' },
  confirm: { from: ['REPAIRED'], to: 'CONFIRMED' },
  /** The hall finds it still broken: back to the repairer. */
  reopen: { from: ['REPAIRED'], to: 'ASSIGNED' },
} as const satisfies Record<string, { from: readonly FaultStatus[]; to: FaultStatus }>;
export type FaultMove = keyof typeof FAULT_MOVES;

/** The status after a move, or null when the move is not allowed from this status. */
export function nextFaultStatus(status: FaultStatus, move: FaultMove): FaultStatus | null {
  const rule = FAULT_MOVES[move];
  return (rule.from as readonly FaultStatus[]).includes(status) ? rule.to : null;
}

/** Open until the hall confirms the repair: the device counts as down only until it is repaired. */
export const isFaultOpen = (status: FaultStatus) => status !== 'CONFIRMED';

const id = z.uuid({ error: commonErrors.invalidId.code });

/** How long before its report a fault may have begun: older ones are described, not timed. */
export const FAULT_OCCURRED_MAX_DAYS = 7;
/** Free texts' bounds, the form's too. */
export const FAULT_TEXT_LIMITS = { description: 500, assignee: 60, note: 300 } as const;

export const faultInputs = {
  list: pageInput.extend({
    orgNodeId: id.nullish(),
    deviceId: id.nullish(),
    status: z.enum(FAULT_STATUSES).nullish(),
  }),
  get: z.object({ id }),
  report: z.object({
    deviceId: id,
    description: text()
      .trim()
      .min(1, { error: operationsErrors.faultDescriptionRequired.code })
      .max(FAULT_TEXT_LIMITS.description),
    /** A photo uploaded first with `operations.faults.uploadPhoto` (optional). */
    photoId: id.nullish(),
    /** 故障发生时间: when the device stopped, if before the report (within FAULT_OCCURRED_MAX_DAYS); down time runs from it. */
    occurredAt: moment().nullish(),
  }),
  assign: z.object({
    id,
    /** Who repairs it: the vendor's engineer or the hall's own, as a name (they have no account). */
    assignee: text()
      .trim()
      .min(1, { error: operationsErrors.assigneeRequired.code })
      .max(FAULT_TEXT_LIMITS.assignee),
  }),
  repair: z.object({
    id,
    note: text()
      .trim()
      .min(1, { error: operationsErrors.repairNoteRequired.code })
      .max(FAULT_TEXT_LIMITS.note),
  }),
  confirm: z.object({ id }),
  reopen: z.object({
    id,
    note: text()
      .trim()
      .min(1, { error: operationsErrors.reopenNoteRequired.code })
      .max(FAULT_TEXT_LIMITS.note),
  }),
};

/** A fault's photo is read back through a plain HTTP route (an <img> cannot go through tRPC). */
export const FAULT_PHOTO_PATH = '/api/operations/photos';
export const faultPhotoUrl = (photoId: string) => `${FAULT_PHOTO_PATH}/${photoId}`;

/** The largest photo a fault takes, in MB (within the gateway's 12 MB upload limit). */
export const MAX_FAULT_PHOTO_MEGABYTES = 10;

const badName = (name: string) =>
  !name.trim() || name.length > 200 || [...name].some((c) => c < ' ' || c === '/' || c === '\\');

export const faultPhotoInputs = {
  /** Multipart form data: the photo and the device it shows (its hall keeps the photo). */
  uploadPhoto: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const deviceId = form.get('deviceId');
    if (!(file instanceof File) || badName(file.name)) {
      issue.addIssue({ code: 'custom', message: operationsErrors.fileType.code, path: ['file'] });
    }
    if (typeof deviceId !== 'string' || !z.uuid().safeParse(deviceId).success) {
      issue.addIssue({ code: 'custom', message: commonErrors.invalidId.code, path: ['deviceId'] });
    }
    return { file: file as File, deviceId: deviceId as string };
  }),
};
