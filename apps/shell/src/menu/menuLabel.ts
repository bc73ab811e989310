import { i18n } from '@duda/ui';

/** Menu titles are i18n keys or, from a remote that has no messages for them, plain text. */
export const menuLabel = (title: string) => (i18n.global.te(title) ? i18n.global.t(title) : title);
