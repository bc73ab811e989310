import { features } from '../features/index.ts';

const merged = (locale: 'zh-CN' | 'en') => ({
  operations: Object.assign({}, ...features.map((feature) => feature.messages[locale])) as Record<
    string,
    unknown
  >,
});

/** The remote's texts, under `operations.` so they never collide with the shell's or another remote's. */
export const messages = { 'zh-CN': merged('zh-CN'), en: merged('en') };
