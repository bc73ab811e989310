// The contract's words for the ledger's enums in the page's language (one vocabulary: the contract's labels).
import type { DeviceStatus, FaultStatus, RetirementStatus } from '@duda/contract-operations';
import { useI18n } from 'vue-i18n';

type Labels = Record<string, { 'zh-CN': string; en: string }>;

export function useLabels() {
  const { locale } = useI18n();
  return (labels: Labels, key: string) => labels[key]?.[locale.value === 'en' ? 'en' : 'zh-CN'] ?? key;
}

/** The status tag's tone for each device, fault and retirement status. */
export const TONES: Record<DeviceStatus | FaultStatus | RetirementStatus, string> = {
  IN_USE: 'pass',
  FAULTY: 'overdue',
  REPLACED: 'draft',
  SCRAPPED: 'draft',
  REPORTED: 'open',
  ASSIGNED: 'in_progress',
  REPAIRED: 'submitted',
  CONFIRMED: 'pass',
  PENDING: 'submitted',
  APPROVED: 'approved',
  REJECTED: 'rejected',
};
