import { auditFeature } from './audit/index.ts';
import type { Feature } from './feature.ts';
import { orgFeature } from './org/index.ts';
import { peopleFeature } from './people/index.ts';
import { staffIdsFeature } from './staff-ids/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [peopleFeature, staffIdsFeature, orgFeature, auditFeature];
