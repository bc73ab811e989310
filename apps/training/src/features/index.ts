import { analysisFeature } from './analysis/index.ts';
import { attemptsFeature } from './attempts/index.ts';
import { bankFeature } from './bank/index.ts';
import type { Feature } from './feature.ts';
import { examsFeature } from './exams/index.ts';
import { knowledgeFeature } from './knowledge/index.ts';
import { markingFeature } from './marking/index.ts';
import { papersFeature } from './papers/index.ts';
import { plansFeature } from './plans/index.ts';
import { skillsFeature } from './skills/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [
  bankFeature,
  papersFeature,
  examsFeature,
  analysisFeature,
  attemptsFeature,
  markingFeature,
  skillsFeature,
  knowledgeFeature,
  plansFeature,
];
