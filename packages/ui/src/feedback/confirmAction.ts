import { ElMessageBox } from 'element-plus';
import { i18n } from '../i18n/i18n.ts';

export interface ConfirmActionOptions {
  title?: string;
  type?: 'info' | 'success' | 'warning' | 'error';
  confirmText?: string;
}

/**
 * Asks before a consequential action (驳回, 删除, 发布…). Resolves false on cancel or close instead of
 * rejecting like ElMessageBox, so callers write `if (!(await confirmAction(...))) return;`.
 */
export async function confirmAction(message: string, options: ConfirmActionOptions = {}): Promise<boolean> {
  const { t } = i18n.global;
  try {
    await ElMessageBox.confirm(message, options.title ?? t('duda.confirm.title'), {
      type: options.type ?? 'warning',
      confirmButtonText: options.confirmText ?? t('duda.confirm.ok'),
      cancelButtonText: t('duda.confirm.cancel'),
    });
    return true;
  } catch (reason) {
    if (reason === 'cancel' || reason === 'close') return false;
    throw reason;
  }
}
