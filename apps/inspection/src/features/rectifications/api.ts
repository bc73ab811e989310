import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { UploadedImage } from '@duda/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type RectificationListInput = RouterInputs['inspection']['rectifications']['list'];
export type RectificationRow = RouterOutputs['inspection']['rectifications']['list']['items'][number];
export type RectificationDetail = RouterOutputs['inspection']['rectifications']['get'];

// Keys start with the procedure path; anything that changes an order invalidates ['inspection'] so the
// list, the detail, the dashboard and the defect library all refresh.
export const rectificationKeys = {
  list: (input: RectificationListInput) => ['inspection', 'rectifications', 'list', input] as const,
  detail: (id: string | null) => ['inspection', 'rectifications', 'get', id] as const,
};

/** One page of the orders in the user's scope; the previous page stays on screen while the next loads. */
export function useRectificationsQuery(input: MaybeRefOrGetter<RectificationListInput>) {
  return useQuery({
    queryKey: computed(() => rectificationKeys.list(toValue(input))),
    queryFn: ({ signal }) => api.inspection.rectifications.list.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRectificationQuery(id: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => rectificationKeys.detail(toValue(id))),
    queryFn: ({ signal }) => api.inspection.rectifications.get.query({ id: toValue(id)! }, { signal }),
    enabled: computed(() => toValue(id) !== null),
  });
}

function useOrderMutation<Input>(call: (input: Input) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: ['inspection'] }),
  });
}

/** The hall's answer: what was done, with the evidence photos' ids. */
export const useRespondMutation = () =>
  useOrderMutation((input: RouterInputs['inspection']['rectifications']['respond']) =>
    api.inspection.rectifications.respond.mutate(input),
  );

export const useAcceptMutation = () =>
  useOrderMutation((input: RouterInputs['inspection']['rectifications']['accept']) =>
    api.inspection.rectifications.accept.mutate(input),
  );

export const useRejectBackMutation = () =>
  useOrderMutation((input: RouterInputs['inspection']['rectifications']['rejectBack']) =>
    api.inspection.rectifications.rejectBack.mutate(input),
  );

/** Stores an evidence photo for the hall (multipart through the gateway) and returns its signed URL. */
export async function uploadHallPhoto(hallId: string, file: File): Promise<UploadedImage> {
  const form = new FormData();
  form.append('hallId', hallId);
  form.append('file', file);
  return api.inspection.inspections.uploadPhoto.mutate(form);
}
