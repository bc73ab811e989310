import { recordingReceivedType } from '@duda/contract-kit';
import { z } from 'zod';

// The Chinese message travels with each issue's code and parameters (the client words those in its user's
// language); the received type is kept because the input itself does not travel.
z.config({ localeError: recordingReceivedType(z.locales.zhCN().localeError) });

export { z };
