// Demo data (申诉): in the open month, a clerk of 湖滨 (not the demo clerk, whose own month the browser story walks)
// self-assesses, her manager assesses her, and she appeals her inspection line — an open appeal waiting in the
// manager's inbox. In the last closed month, before its sign-off, the same clerk's appeal of her attitude line was
// heard (面谈, its 表9 record filed in forms) and accepted. Written through the same functions as the pages, as
// those two people.
import type { Actor } from '@duda/authz';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { jobCaller } from '../scorecards/caller.ts';
import { assess, selfAssess } from '../scorecards/scorecards.ts';
import { decideAppeal, fileAppeal, recordInterview } from './appeals.ts';

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

/** 湖滨's manager and the clerk whose appeals the demo shows (not the demo clerk). */
function hubinPair(org: SeededOrg) {
  const manager = org.demoPeople['hubin.mgr'];
  const hall = org.districts.flatMap((d) => d.halls).find((h) => h.code === manager?.orgCode);
  const clerk = hall
    ? org.hallStaff[hall.code]?.find((p) => p.role === 'clerk' && p.id !== org.demoPeople['hubin.clerk']?.id)
    : undefined;
  return manager && hall && clerk ? { manager, hall, clerk } : null;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * A closed month's decided appeal, written while the month is still open (its result shown, the scorecards all
 * assessed): filed the day after the result, the interview a day later — a 表9 record filed in forms — and
 * accepted with one point the day after.
 */
export async function seedDecidedAppealDemo(deps: PerformanceDeps, org: SeededOrg, month: string) {
  const pair = hubinPair(org);
  // Without forms beside it (a test of another sub-area's demo) there is nowhere to file the interview.
  if (!pair || !deps.forms) return;
  const { manager, hall, clerk } = pair;
  const card = await deps.prisma.scorecard.findUnique({
    where: { month_personId: { month, personId: clerk.id } },
    include: { lines: { orderBy: { position: 'asc' } } },
  });
  const line = card?.lines.find((one) => one.source === 'TEAM_ATTITUDE');
  if (!card?.assessedAt || !line) return;
  const shown = card.assessedAt.getTime();
  const on = (days: number) => ({ ...deps, now: () => new Date(shown + days * DAY) });
  const asManager = personAt(manager, 'hall_manager', hall.id);
  const appeal = await fileAppeal(on(1), personAt(clerk, 'clerk', hall.id), {
    scorecardId: card.id,
    kpiId: line.kpiId,
    reason: '本月两次顾客表扬未计入工作态度评价，请求复核。',
    evidence: [{ title: '顾客表扬登记（营业厅留言簿）', url: null }],
  });
  await recordInterview(on(2), asManager, {
    id: appeal.id,
    interview: {
      date: new Date(shown + 2 * DAY).toISOString().slice(0, 10),
      topic: `绩效申诉面谈: ${month} ${line.kpiName}`,
      content: '核对了留言簿，两次表扬属实；评价时遗漏，同意加 1 分。',
      staffOpinion: '同意复核结果。',
      actions: '今后表扬记录当天登记到考核台账。',
    },
  });
  await decideAppeal(on(3), asManager, {
    id: appeal.id,
    accept: true,
    points: 1,
    reason: '顾客表扬属实，评价时遗漏。',
  });
}

export async function seedAppealDemo(deps: PerformanceDeps, org: SeededOrg, month: string) {
  const pair = hubinPair(org);
  if (!pair) return;
  const { manager, hall, clerk } = pair;
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
