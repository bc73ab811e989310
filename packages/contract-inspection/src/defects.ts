// A hall's defect library (缺陷库): its input.
import { z } from 'zod';
import { id } from './common.ts';

export const defectsInput = z.object({ hallId: id });
