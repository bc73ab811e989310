// What the training service refuses, as codes with parameters; the portal words them in zh-CN or English.
// Each sub-area adds its own group below its heading.
import { defineErrors } from '@duda/contract-kit';
import { analysisCatalogs } from './analysis-errors.ts';
import { bankCatalogs } from './bank-errors.ts';
import { attemptsErrors } from './attempts-errors.ts';
import { markingErrors } from './marking-errors.ts';
import { examsCatalogs } from './exams-errors.ts';
import { knowledgeCatalogs } from './knowledge-errors.ts';
import { papersCatalogs } from './papers-errors.ts';
import { skillsCatalogs } from './skills-errors.ts';
import { trainingPlansCatalogs } from './training-plans-errors.ts';
import { trainingTermCatalogs } from './terms.ts';

export const trainingErrors = defineErrors('training', {
  // 通用 common
  monthFormat: { kind: 'BAD_REQUEST', 'zh-CN': '月份格式应为 YYYY-MM', en: 'Give the month as YYYY-MM.' },
  // 题目内容 question content
  optionEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '选项内容不能为空', en: 'An option cannot be empty.' },
  tooFewOptions: { kind: 'BAD_REQUEST', 'zh-CN': '至少需要两个选项', en: 'Give at least two options.' },
});

/** What a page registers so this area's refusals and terms read in the portal language. */
export const trainingCatalogs = [
  trainingErrors.catalog,
  attemptsErrors.catalog,
  markingErrors.catalog,
  ...analysisCatalogs,
  ...bankCatalogs,
  ...papersCatalogs,
  ...examsCatalogs,
  ...knowledgeCatalogs,
  ...skillsCatalogs,
  ...trainingPlansCatalogs,
  ...trainingTermCatalogs,
];
