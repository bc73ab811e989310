// Demo data (申诉): in the open month, a clerk of 湖滨 (not the demo clerk, whose own month the browser story walks)
// self-assesses, her manager assesses her, and she appeals her inspection line — an open appeal waiting in the
// manager's inbox. Written through the same functions as the pages, as those two people.
import type { Actor } from '@duda/authz';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { jobCaller } from '../scorecards/caller.ts';
import { assess, selfAssess } from '../scorecards/scorecards.ts';
import { fileAppeal } from './appeals.ts';

const personAt = (person: { id: string; name: string }, role: 'clerk' | 'hall_manager', hallId: string) =>
  jobCaller(
    {
      personId: person.id,
      name: person.name,
      staffNo: '',
      homeOrgNodeId: hallId,
      roles: [{ role, orgNodeId: hallId, orgNodeName: '', orgLevel: 'hall', subtree: [hallId] }],
    } satisfies Actor,
    'performance-seed',
  );

export async function seedAppealDemo(deps: PerformanceDeps, org: SeededOrg, month: string) {
  const manager = org.demoPeople['hubin.mgr'];
  const hall = org.districts.flatMap((d) => d.halls).find((h) => h.code === manager?.orgCode);
  const clerk = hall
    ? org.hallStaff[hall.code]?.find((p) => p.role === 'clerk' && p.id !== org.demoPeople['hubin.clerk']?.id)
    : undefined;
  if (!manager || !hall || !clerk) return;
  const card = await deps.prisma.scorecard.findUnique({
    where: { month_personId: { month, personId: clerk.id } },
    include: { lines: { orderBy: { position: 'asc' } } },
  });
  if (!card) return;
  const attitude = card.lines.find((line) => line.source === 'TEAM_ATTITUDE');
  const inspection = card.lines.find((line) => line.source === 'HALL_INSPECTION_SCORE') ?? card.lines[0]!;
  const asClerk = personAt(clerk, 'clerk', hall.id);
  await selfAssess(deps, asClerk, { id: card.id, comment: '本月认真完成各项工作。' });
  await assess(deps, personAt(manager, 'hall_manager', hall.id), {
    id: card.id,
    values: attitude ? [{ kpiId: attitude.kpiId, value: Math.min(16, attitude.weight) }] : [],
    comment: '态度端正，继续保持。',
  });
  await fileAppeal(deps, asClerk, {
    scorecardId: card.id,
    kpiId: inspection.kpiId,
    reason: '检查当天我在外参加培训，不在岗，台面杂物的扣分不应计入我的考核。',
    evidence: [{ title: '培训签到表（区县培训中心）', url: null }],
  });
}
