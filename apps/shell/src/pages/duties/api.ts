// Must-do duties through the API (portal.duties.*), as Vue Query hooks.
import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type DutySpanInput = RouterInputs['portal']['duties']['mine'];
export type DutyTask = RouterOutputs['portal']['duties']['mine']['tasks'][number];
export type DutyTemplate = RouterOutputs['portal']['duties']['templates'][number];
export type DutyTemplateInput = RouterInputs['portal']['duties']['saveTemplate'];
export type DutyRatesAnswer = RouterOutputs['portal']['duties']['rates'];

export const useMyDuties = (input: MaybeRefOrGetter<DutySpanInput>) =>
  useProcedureQuery('portal.duties.mine', input, { staleTime: 0, refetchOnWindowFocus: true });

// A tick changes the inbox too: the duty leaves 今日待办.
export const useTick = () =>
  useProcedureMutation('portal.duties.tick', { invalidates: ['portal.duties.mine', 'portal.inbox'] });

/** A person's duties with their evidence and photos, as a supervisor in scope sees them. */
export const usePersonDuties = (
  input: MaybeRefOrGetter<RouterInputs['portal']['duties']['person']>,
  enabled: MaybeRefOrGetter<boolean>,
) => useProcedureQuery('portal.duties.person', input, { enabled: () => toValue(enabled) });

export const useRates = (input: MaybeRefOrGetter<DutySpanInput>, enabled: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('portal.duties.rates', input, { enabled: () => toValue(enabled) });

export const useTemplates = (enabled: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('portal.duties.templates', undefined, { enabled: () => toValue(enabled) });

export const useSaveTemplate = () =>
  useProcedureMutation('portal.duties.saveTemplate', { invalidates: ['portal.duties.templates'] });
