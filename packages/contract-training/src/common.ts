// Input pieces every training sub-area uses.
import { commonErrors, text } from '@duda/contract-kit';
import { MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';
import { trainingErrors } from './errors.ts';

export const id = z.uuid({ error: commonErrors.invalidId.code });
export const month = text().regex(MONTH_KEY_PATTERN, { error: trainingErrors.monthFormat.code });
export const byId = z.object({ id });
