import { features } from '../features/index.ts';
import * as designer from '../designer/messages.ts';
import * as renderer from '../renderer/messages.ts';

// Texts of the parts page groups share (the renderer, the designer), beside each feature's own.
const shared = { 'zh-CN': [renderer.zhCN, designer.zhCN], en: [renderer.en, designer.en] };

const merged = (locale: 'zh-CN' | 'en') => ({
  forms: Object.assign(
    {},
    ...shared[locale],
    ...features.map((feature) => feature.messages[locale]),
  ) as Record<string, unknown>,
});

/** The remote's texts, under `forms.` so they never collide with the shell's or another remote's. */
export const messages = { 'zh-CN': merged('zh-CN'), en: merged('en') };
