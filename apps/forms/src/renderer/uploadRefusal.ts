// Why an upload failed, as the service worded it (a file of the wrong type, too large …): the field's own refusal
// when the answer names one, else the call's message (offline, session ended …).
import { fieldErrorsOf, toUserMessage } from '@duda/api-client';

export const uploadRefusalOf = (error: unknown): string =>
  Object.values(fieldErrorsOf(error))[0] ?? toUserMessage(error);
