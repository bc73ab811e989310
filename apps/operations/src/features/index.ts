import type { Feature } from './feature.ts';
import { devicesFeature } from './devices/index.ts';
import { faultsFeature } from './faults/index.ts';
import { figuresFeature } from './figures/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [devicesFeature, faultsFeature, figuresFeature];
