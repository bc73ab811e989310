import { orgErrors } from '@duda/contract-org';
import type { OrgDeps } from '../deps.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { hashPassword, verifyPassword } from '../domain/passwords.ts';

/**
 * Changes the caller's own password. Every other session of the account is ended, so a password
 * changed because it leaked takes effect everywhere at once.
 */
export async function changePassword(
  deps: OrgDeps,
  personId: string,
  currentSessionId: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const account = await deps.prisma.account.findUniqueOrThrow({
    where: { personId },
    include: { person: true },
  });
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw orgErrors.currentPasswordWrong({}, 'currentPassword');
  }
  if (input.currentPassword === input.newPassword) throw orgErrors.newPasswordUnchanged({}, 'newPassword');
  const problem = passwordProblem(
    input.newPassword,
    { staffNo: account.person.staffNo, username: account.username },
    'newPassword',
  );
  if (problem) throw problem;
  const now = deps.now();
  const passwordHash = await hashPassword(input.newPassword);
  await deps.prisma.$transaction([
    deps.prisma.account.update({
      where: { id: account.id },
      data: { passwordHash, mustChangePassword: false, passwordChangedAt: now },
    }),
    deps.prisma.session.updateMany({
      where: {
        accountId: account.id,
        revokedAt: null,
        ...(currentSessionId ? { id: { not: currentSessionId } } : {}),
      },
      data: { revokedAt: now },
    }),
  ]);
  deps.sessions.forgetPerson(personId);
}
