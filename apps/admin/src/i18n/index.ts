import { features } from '../features/index.ts';
import * as shared from '../features/shared/messages.ts';

const merged = (locale: 'zh-CN' | 'en') => ({
  admin: Object.assign(
    {},
    locale === 'zh-CN' ? shared.zhCN : shared.en,
    ...features.map((feature) => feature.messages[locale]),
  ) as Record<string, unknown>,
});

/** The remote's texts, under `admin.` so they never collide with the shell's or another remote's. */
export const messages = { 'zh-CN': merged('zh-CN'), en: merged('en') };
