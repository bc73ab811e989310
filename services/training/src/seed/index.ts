import type { SeededOrg } from '@duda/service-org/seed';
import { seedAnalysis } from './analysis.ts';
import { seedAttempts } from './attempts.ts';
import { seedBank } from './bank.ts';
import { seedExams } from './exams.ts';
import { seedKnowledge } from './knowledge.ts';
import { seedPapers } from './papers.ts';
import { seedSkills } from './skills.ts';
import { seedTrainingPlans, type PlansSeedDeps } from './training-plans.ts';

/**
 * The training area's demo data on the demo organisation: the question bank over a knowledge-point tree, papers,
 * three past monthly exams with realistic attempts, and this month's exam. Idempotent (skips when the bank has
 * questions). Each sub-area adds its step here. Runs after inspection's step: the plans read its short staves.
 */
export async function seedTrainingDemo(
  deps: PlansSeedDeps,
  org: SeededOrg,
  now: Date,
): Promise<Record<string, number>> {
  const { prisma } = deps;
  if ((await prisma.question.count()) > 0) return {};
  const bank = await seedBank(prisma, org.cityId, org.demoPeople['trainer']!.id, now);
  // After the bank: papers drawn from it, then exams on them (the attempts step gives the past ones attempts).
  const papers = await seedPapers(prisma, org.cityId, org.demoPeople['trainer']!.id);
  const exams = await seedExams(prisma, org, papers, now);
  const attempts = await seedAttempts(prisma, org, exams);
  const analysis = await seedAnalysis(prisma, org, exams, now);
  return {
    ...bank,
    papers: [papers.fixed, papers.random].filter(Boolean).length,
    exams: exams.past.length + exams.current.length,
    ...attempts,
    ...analysis,
    ...(await seedSkills(prisma, org, now)),
    ...(await seedKnowledge(prisma, org, now)),
    ...(await seedTrainingPlans(deps, org, now)),
  };
}
