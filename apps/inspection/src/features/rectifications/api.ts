import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { UploadedImage } from '@duda/ui';
import { toValue } from 'vue';
import { withGrant } from '../../api/citedGrant.ts';
import type { MaybeRefOrGetter } from 'vue';

export type RectificationListInput = RouterInputs['inspection']['rectifications']['list'];
export type RectificationRow = RouterOutputs['inspection']['rectifications']['list']['items'][number];
export type RectificationDetail = RouterOutputs['inspection']['rectifications']['get'];

/** One page of the orders in the user's scope; the previous page stays on screen while the next loads. */
export function useRectificationsQuery(input: MaybeRefOrGetter<RectificationListInput>) {
  return useProcedureQuery('inspection.rectifications.list', input, { keepPrevious: true });
}

/** `grant`: what another area's page handed the reader to open this one order (their own evidence). */
export function useRectificationQuery(
  id: MaybeRefOrGetter<string | null>,
  grant: MaybeRefOrGetter<string | null> = null,
) {
  return useProcedureQuery('inspection.rectifications.get', () => withGrant(toValue(id)!, toValue(grant)), {
    enabled: () => toValue(id) !== null,
  });
}

// An order's step changes the list and its drawer, the dashboard's closure figures, the defect library's open
// counts and the month's archive check. Refreshed after a failure too: a conflict means someone else moved it.
const orderReaders = {
  invalidates: [
    'inspection.rectifications',
    'inspection.dashboard',
    'inspection.defects',
    'inspection.archive',
  ],
  invalidateOnError: true,
} as const;

/** The hall's answer: what was done, with the evidence photos' ids. */
export const useRespondMutation = () =>
  useProcedureMutation('inspection.rectifications.respond', orderReaders);

export const useAcceptMutation = () => useProcedureMutation('inspection.rectifications.accept', orderReaders);

export const useRejectBackMutation = () =>
  useProcedureMutation('inspection.rectifications.rejectBack', orderReaders);

/** Stores an evidence photo for the hall (multipart through the gateway) and returns its signed URL. */
export async function uploadHallPhoto(hallId: string, file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.append('hallId', hallId);
  form.append('file', file);
  return api.inspection.inspections.uploadPhoto.mutate(form);
}
