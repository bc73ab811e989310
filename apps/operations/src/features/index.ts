import type { Feature } from './feature.ts';
import { devicesFeature } from './devices/index.ts';
import { contingencyFeature } from './contingency/index.ts';
import { drillsFeature } from './drills/index.ts';
import { faultsFeature } from './faults/index.ts';
import { figuresFeature } from './figures/index.ts';
import { incidentsFeature } from './incidents/index.ts';
import { maintenanceFeature } from './maintenance/index.ts';
import { plansFeature } from './plans/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [
  devicesFeature,
  faultsFeature,
  figuresFeature,
  maintenanceFeature,
  plansFeature,
  contingencyFeature,
  incidentsFeature,
  drillsFeature,
];
