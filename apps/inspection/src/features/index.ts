import type { Feature } from './feature.ts';
import { hallsFeature } from './halls/index.ts';

/** The remote's areas, in menu order. A new area is a folder under features/ and one line here. */
export const features: Feature[] = [hallsFeature];
