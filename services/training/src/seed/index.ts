import type { SeededOrg } from '@duda/service-org/seed';
import type { TrainingPrisma } from '../prisma.ts';

/**
 * The training area's demo data on the demo organisation: the question bank over a knowledge-point tree, papers,
 * three past monthly exams with realistic attempts, and this month's exam. Idempotent (skips when the bank has
 * questions). Each sub-area adds its step here.
 */
export async function seedTrainingDemo(
  prisma: TrainingPrisma,
  org: SeededOrg,
): Promise<Record<string, number>> {
  if ((await prisma.question.count()) > 0) return {};
  void org;
  return {};
}
