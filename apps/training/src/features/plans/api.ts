import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Plans = RouterOutputs['training']['plans'];
export type PlanRow = Plans['list'][number];
export type PlanDetail = Plans['get'];
export type PlanSession = PlanDetail['sessions'][number];
export type PlanExam = PlanDetail['exams'][number];
export type PlanListInput = RouterInputs['training']['plans']['list'];
export type SessionInput = RouterInputs['training']['plans']['saveSession'];
export type RoleGroupInput = RouterInputs['training']['plans']['peopleByRole'];

/** Every plan mutation changes what the plans pages read. */
const invalidates = ['training.plans'] as const;

export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });

export const usePlanList = (input: MaybeRefOrGetter<PlanListInput>) =>
  useProcedureQuery('training.plans.list', input, { keepPrevious: true });

export const usePlan = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('training.plans.get', () => ({ id: toValue(id) }));

export const usePublishedArticles = () =>
  useProcedureQuery('training.knowledge.list', { status: 'PUBLISHED', pageSize: 100 }, { staleTime: 60_000 });

export const useDraftPlan = () =>
  useProcedureMutation('training.plans.draft', { invalidates: [...invalidates] });
export const useSaveTopics = () =>
  useProcedureMutation('training.plans.saveTopics', { invalidates: [...invalidates] });
export const useSaveSession = () =>
  useProcedureMutation('training.plans.saveSession', { invalidates: [...invalidates] });
export const useDeleteSession = () =>
  useProcedureMutation('training.plans.deleteSession', { invalidates: [...invalidates] });
export const usePublishPlan = () =>
  useProcedureMutation('training.plans.publish', { invalidates: [...invalidates] });
export const useClosePlan = () =>
  useProcedureMutation('training.plans.close', { invalidates: [...invalidates] });
export const useTakeAttendance = () =>
  useProcedureMutation('training.plans.attendance', { invalidates: [...invalidates] });

/** The exams the caller may link to the plan as its targeted exams (考核考试), while `enabled`. */
export const useEligibleExams = (planId: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('training.plans.eligibleExams', () => ({ planId: toValue(planId) }), { enabled });
export const useLinkExam = () =>
  useProcedureMutation('training.plans.linkExam', { invalidates: [...invalidates] });
export const useUnlinkExam = () =>
  useProcedureMutation('training.plans.unlinkExam', { invalidates: [...invalidates] });

/** Everyone with a role under a unit, looked up once when the keeper adds them to a session. */
export const fetchPeopleByRole = (input: RoleGroupInput) => api.training.plans.peopleByRole.query(input);
