import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Complaints = RouterOutputs['forms']['complaints'];
export type ComplaintRow = Complaints['list']['items'][number];
export type ComplaintDetail = Complaints['get'];
export type ComplaintListInput = RouterInputs['forms']['complaints']['list'];
export type TakeInput = RouterInputs['forms']['complaints']['take'];

/** A step changes the case, the list and everyone's to-dos. */
const invalidates = ['forms.complaints', 'forms.pending'] as const;

export const useComplaints = (input: MaybeRefOrGetter<ComplaintListInput>) =>
  useProcedureQuery('forms.complaints.list', input, { keepPrevious: true });
export const useComplaint = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('forms.complaints.get', () => ({ id: toValue(id) }));

export type CityLimits = Complaints['limits'];
/** The time limits in force in the caller's city (the intake page's hint, the settings page). */
export const useCityLimits = () => useProcedureQuery('forms.complaints.limits', undefined);
export const useSetLimits = () =>
  useProcedureMutation('forms.complaints.setLimits', { invalidates: ['forms.complaints'] });

export const useTake = () => useProcedureMutation('forms.complaints.take', { invalidates: [...invalidates] });
export const useSteps = () => ({
  CLASSIFY: useProcedureMutation('forms.complaints.classify', { invalidates: [...invalidates] }),
  INVESTIGATE: useProcedureMutation('forms.complaints.investigate', { invalidates: [...invalidates] }),
  RESOLVE: useProcedureMutation('forms.complaints.resolve', { invalidates: [...invalidates] }),
  FEEDBACK: useProcedureMutation('forms.complaints.feedback', { invalidates: [...invalidates] }),
  FOLLOW_UP: useProcedureMutation('forms.complaints.followUp', { invalidates: [...invalidates] }),
  CLOSE: useProcedureMutation('forms.complaints.close', { invalidates: [...invalidates] }),
});
