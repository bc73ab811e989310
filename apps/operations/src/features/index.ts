import type { Feature } from './feature.ts';
import { entriesFeature } from './entries/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [entriesFeature];
