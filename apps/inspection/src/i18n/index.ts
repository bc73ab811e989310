import { features } from '../features/index.ts';
import en from './en.ts';
import zhCN from './zh-CN.ts';

function withFeatures(common: { inspection: object }, locale: 'zh-CN' | 'en') {
  const areas = features.map((feature) => feature.messages[locale]);
  return { inspection: Object.assign({}, common.inspection, ...areas) as Record<string, unknown> };
}

export const messages = { 'zh-CN': withFeatures(zhCN, 'zh-CN'), en: withFeatures(en, 'en') };
