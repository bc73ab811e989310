// Demo data of the analysis: the latest past city monthly exam's cycle under way — everyone under the city mean
// enrolled in this month's retake (a draft the trainer publishes) with a conversation task for their hall manager,
// about two in three of the talks already held and written down, the rest still open.
import type { SeededOrg } from '@duda/service-org/seed';
import { belowCityMean } from '../analysis/below-average.ts';
import { writeEnrolment } from '../analysis/retakes.ts';
import type { TrainingPrisma } from '../prisma.ts';
import type { SeededExams } from './exams.ts';

const DAY = 86_400_000;

/** What hall managers wrote after the talks (表9 员工谈话记录). */
const NOTES = [
  '本人反映宽带资费和融合套餐变化多、记不牢。已约定每天晨会后复习15分钟资费手册，下周由值班经理抽问。',
  '终端以旧换新政策理解有偏差，答题时混淆了补贴条件。已安排跟班学习两天，补考前再做一次练习卷。',
  '服务规范中“首问负责”和投诉处理流程不熟。已讲解案例，要求本周内在知识库完成必读并写学习心得。',
  '近期排班较满、学习时间不足。已调整排班，每周安排两次各一小时的业务学习，并结对帮扶。',
  '本人态度认真，主要是增值业务办理流程生疏。已请业务骨干带教，月中复查掌握情况。',
  '考试时间分配不合理，简答题未答完。已讲解答题技巧，补考前参加一次模拟考试。',
];

export async function seedAnalysis(
  prisma: TrainingPrisma,
  org: SeededOrg,
  exams: SeededExams,
  now: Date,
): Promise<{ conversationTasks: number; conversationsHeld: number }> {
  const latest = exams.past.filter((e) => e.kind === 'CITY_MONTHLY').at(-1);
  if (!latest) return { conversationTasks: 0, conversationsHeld: 0 };
  const exam = await prisma.exam.findUniqueOrThrow({ where: { id: latest.examId } });
  const { cityMean, below } = await belowCityMean({ prisma }, exam);
  if (cityMean === null || below.length === 0) return { conversationTasks: 0, conversationsHeld: 0 };
  const managers = new Map<string, { id: string; name: string }>();
  for (const district of org.districts)
    for (const hall of district.halls) {
      const manager = org.hallStaff[hall.code]?.find((p) => p.role === 'hall_manager');
      if (manager) managers.set(hall.id, { id: manager.id, name: manager.name });
    }
  const trainerId = org.demoPeople['trainer']!.id;
  // The demo loads on a machine busy starting everything else: more time than an interactive call gets.
  const enrolled = await prisma.$transaction(
    (tx) =>
      writeEnrolment(tx, { exam, cityMean, below, managers, cityName: exam.orgName, by: trainerId, now }),
    { timeout: 30_000 },
  );
  const tasks = await prisma.conversationTask.findMany({
    where: { examId: exam.id },
    orderBy: { staffNo: 'asc' },
  });
  let held = 0;
  for (const [i, task] of tasks.entries()) {
    // Every third talk is still to hold; the demo's own 湖滨 manager keeps hers open to show the task list.
    if (i % 3 === 2 || task.managerId === null || task.managerId === org.demoPeople['hubin.mgr']?.id)
      continue;
    await prisma.conversationTask.update({
      where: { id: task.id },
      data: {
        status: 'DONE',
        notes: NOTES[i % NOTES.length]!,
        doneAt: new Date(now.getTime() - (1 + (i % 5)) * DAY),
        doneById: task.managerId,
      },
    });
    held += 1;
  }
  return { conversationTasks: enrolled.conversationTasks, conversationsHeld: held };
}
