// Element Plus's styles first: ours overrides its variables with the same specificity.
import './element-plus/styles/eager.css';
import './styles/index.css';
import { ElLoading } from 'element-plus';
import type { App } from 'vue';
import { registerPlatformComponents } from './element-plus/components.ts';
import { i18n, registerMessages } from './i18n/i18n.ts';
import type { LocaleMessagesInput } from './i18n/i18n.ts';
import { applyDocumentLanguage, useLocale } from './i18n/useLocale.ts';

export interface DesignSystemOptions {
  /** The app's own messages, merged into the shared i18n instance (same as calling registerMessages). */
  messages?: LocaleMessagesInput;
}

/**
 * Everything a shell or a standalone remote needs from the design system, as one Vue plugin:
 * the platform's Element Plus components and v-loading, and the shared vue-i18n instance.
 */
export function installDesignSystem(app: App, options: DesignSystemOptions = {}): void {
  registerPlatformComponents(app);
  app.use(ElLoading);
  app.use(i18n);
  if (options.messages) registerMessages(options.messages);
  applyDocumentLanguage(useLocale().locale.value);
}
