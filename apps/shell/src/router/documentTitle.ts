import { i18n } from '@duda/ui';
import { watchEffect } from 'vue';
import type { Router } from 'vue-router';
import { menuLabel } from '../menu/menuLabel.ts';

/** "营业厅 - 督导平台" in the browser tab, following navigation and the language. */
export function syncDocumentTitle(router: Router): void {
  watchEffect(() => {
    const appName = i18n.global.t('shell.appName');
    const title = router.currentRoute.value.meta.title;
    document.title = title ? `${menuLabel(title)} - ${appName}` : appName;
  });
}
