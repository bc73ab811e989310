// The signed-in person's own account: the inputs of `org.account.*`.
import { text } from '@duda/contract-kit';
import { z } from 'zod';

export const accountInputs = {
  changePassword: z.object({
    currentPassword: text().min(1).max(128),
    newPassword: text().min(1).max(128),
  }),
};
