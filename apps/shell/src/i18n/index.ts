import en from './en.ts';
import zhCN from './zh-CN.ts';

export const messages = { 'zh-CN': zhCN, en };
