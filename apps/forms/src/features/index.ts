import { approvalsFeature } from './approvals/index.ts';
import { complaintsFeature } from './complaints/index.ts';
import { delegationsFeature } from './delegations/index.ts';
import type { Feature } from './feature.ts';
import { fillFeature } from './fill/index.ts';
import { policiesFeature } from './policies/index.ts';
import { submissionsFeature } from './submissions/index.ts';
import { templatesFeature } from './templates/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [
  fillFeature,
  submissionsFeature,
  approvalsFeature,
  delegationsFeature,
  complaintsFeature,
  policiesFeature,
  templatesFeature,
];
