// The signed-in person's own account: the inputs of `org.account.*`.
import { z } from 'zod';

export const accountInputs = {
  changePassword: z.object({
    currentPassword: z.string().min(1).max(128),
    newPassword: z.string().min(1).max(128),
  }),
};
