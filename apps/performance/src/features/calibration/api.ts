// What the calibration page asks of the API.
import {
  useProcedureMutation,
  useProcedureQuery,
  type RouterInputs,
  type RouterOutputs,
} from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type CalibrationView = RouterOutputs['performance']['calibration']['view'];
export type CalibrationPerson = CalibrationView['people'][number];
export type GradingRules = RouterInputs['performance']['calibration']['saveSettings'];

export const useDistricts = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.calibration.districts', () => ({ month: toValue(month) }));
export const useCalibration = (
  month: MaybeRefOrGetter<string>,
  districtId: MaybeRefOrGetter<string | null>,
) =>
  useProcedureQuery(
    'performance.calibration.view',
    () => ({ month: toValue(month), districtId: toValue(districtId)! }),
    { enabled: () => toValue(districtId) !== null },
  );
export const useGradingRules = () => useProcedureQuery('performance.calibration.settings', {});

const invalidates = ['performance.calibration', 'performance.scorecards', 'performance.months'] as const;
export const useMoveGrade = () =>
  useProcedureMutation('performance.calibration.move', { invalidates: [...invalidates] });
export const useLockDistrict = () =>
  useProcedureMutation('performance.calibration.lock', { invalidates: [...invalidates] });
export const useSaveRules = () =>
  useProcedureMutation('performance.calibration.saveSettings', { invalidates: [...invalidates] });
