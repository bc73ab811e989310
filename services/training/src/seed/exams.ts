// Demo exams (考试) on the demo organisation: for each of the last three months, a written exam in every district
// (the fixed paper) and the city monthly exam (the random paper), closed; this month's open. Candidates are the
// halls' clerks and duty managers. The attempts step seeds attempts for the past exams from what this returns.
import { recordEvent } from '@duda/events';
import type { ExamKind } from '@duda/contract-training';
import { addMonths, currentMonth, monthLabel, monthRange, type MonthKey } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import { examPublished } from '../events/domain-events.ts';
import type { TrainingPrisma } from '../prisma.ts';
import type { SeededPapers } from './papers.ts';

export interface SeededExamCandidate {
  personId: string;
  hallId: string;
}

export interface SeededExam {
  examId: string;
  kind: ExamKind;
  month: MonthKey;
  paperId: string;
  opensAt: Date;
  closesAt: Date;
  timeLimitMinutes: number;
  passMark: number;
  candidates: SeededExamCandidate[];
}

export interface SeededExams {
  /** Closed, oldest first: the attempts step gives them attempts. */
  past: SeededExam[];
  /** Open this month. */
  current: SeededExam[];
}

const SITTING_ROLES = new Set(['clerk', 'duty_manager']);
const HOUR = 3_600_000;

export async function seedExams(
  prisma: TrainingPrisma,
  org: SeededOrg,
  papers: SeededPapers,
  now: Date,
): Promise<SeededExams> {
  if (!papers.fixed || !papers.random) return { past: [], current: [] };
  const trainerId = org.demoPeople['trainer']!.id;
  const thisMonth = currentMonth(now);
  const districts = org.districts.map((d) => ({
    ...d,
    candidates: d.halls.flatMap((hall) =>
      (org.hallStaff[hall.code] ?? [])
        .filter((p) => SITTING_ROLES.has(p.role))
        .map((p) => ({ ...p, hall, orgPath: [hall.id, d.id, org.cityId] })),
    ),
  }));

  const create = async (
    spec: { kind: ExamKind; month: MonthKey; orgNodeId: string; orgName: string; title: string },
    paper: { id: string; totalPoints: number },
    window: { opensAt: Date; closesAt: Date },
    people: (typeof districts)[number]['candidates'],
  ): Promise<SeededExam> => {
    const passMark = Math.round(paper.totalPoints * 0.6);
    const timeLimitMinutes = 60;
    const exam = await prisma.$transaction(async (tx) => {
      const row = await tx.exam.create({
        data: {
          cityId: org.cityId,
          ...spec,
          status: 'PUBLISHED',
          paperId: paper.id,
          target: {
            orgNodeIds: [spec.orgNodeId],
            roles: [...SITTING_ROLES],
            personIds: [],
          },
          ...window,
          timeLimitMinutes,
          passMark,
          publishedAt: new Date(window.opensAt.getTime() - 72 * HOUR),
          createdById: trainerId,
          candidates: {
            create: people.map((p) => ({
              personId: p.id,
              personName: p.name,
              staffNo: p.staffNo,
              orgNodeId: p.hall.id,
              orgName: p.hall.name,
              orgPath: p.orgPath,
            })),
          },
        },
      });
      await recordEvent(tx, examPublished, {
        examId: row.id,
        cityId: org.cityId,
        orgNodeId: spec.orgNodeId,
        title: spec.title,
        kind: spec.kind,
        month: spec.month,
        opensAt: window.opensAt.toISOString(),
        closesAt: window.closesAt.toISOString(),
        candidatePersonIds: people.map((p) => p.id),
        publishedAt: row.publishedAt!.toISOString(),
      });
      return row;
    });
    return {
      examId: exam.id,
      kind: spec.kind,
      month: spec.month,
      paperId: paper.id,
      opensAt: window.opensAt,
      closesAt: window.closesAt,
      timeLimitMinutes,
      passMark,
      candidates: people.map((p) => ({ personId: p.id, hallId: p.hall.id })),
    };
  };

  const monthExams = async (month: MonthKey, window: (day: number) => { opensAt: Date; closesAt: Date }) => {
    const label = monthLabel(month);
    const exams: SeededExam[] = [];
    for (const [i, d] of districts.entries())
      exams.push(
        await create(
          {
            kind: 'DISTRICT_WRITTEN',
            month,
            orgNodeId: d.id,
            orgName: d.name,
            title: `${d.name}${label}业务笔试`,
          },
          papers.fixed!,
          window(10 + i),
          d.candidates,
        ),
      );
    exams.push(
      await create(
        {
          kind: 'CITY_MONTHLY',
          month,
          orgNodeId: org.cityId,
          orgName: '全市',
          title: `${label}三大渠道月考`,
        },
        papers.random!,
        window(25),
        districts.flatMap((d) => d.candidates),
      ),
    );
    return exams;
  };

  const past: SeededExam[] = [];
  for (const back of [3, 2, 1]) {
    const month = addMonths(thisMonth, -back);
    const start = monthRange(month).start.getTime();
    // A sitting from 09:00 to 21:00 China time on the given day of the month.
    past.push(
      ...(await monthExams(month, (day) => ({
        opensAt: new Date(start + ((day - 1) * 24 + 9) * HOUR),
        closesAt: new Date(start + ((day - 1) * 24 + 21) * HOUR),
      }))),
    );
  }
  const { start, end } = monthRange(thisMonth);
  // This month's are open from the month's first day to its last, so staff can sit them whenever the demo runs.
  const current = await monthExams(thisMonth, () => ({ opensAt: start, closesAt: end }));
  return { past, current };
}
