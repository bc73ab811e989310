import type { Feature } from './feature.ts';
import { dashboardFeature } from './dashboard/index.ts';
import { defectsFeature } from './defects/index.ts';
import { hallsFeature } from './halls/index.ts';
import { inspectionsFeature } from './inspections/index.ts';
import { noticesFeature } from './notices/index.ts';
import { plansFeature } from './plans/index.ts';
import { queueFeature } from './queue/index.ts';
import { rectificationsFeature } from './rectifications/index.ts';
import { templatesFeature } from './templates/index.ts';

/** The remote's areas, in menu order. A new area is a folder under features/ and one line here. */
export const features: Feature[] = [
  dashboardFeature,
  hallsFeature,
  templatesFeature,
  plansFeature,
  inspectionsFeature,
  rectificationsFeature,
  defectsFeature,
  noticesFeature,
  queueFeature,
];
