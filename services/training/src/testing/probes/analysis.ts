// The analysis's rows of the authorization matrix. The world: a city monthly exam the trainer held, sat by three
// people of 湖滨 (none of them a probe caller) — 李娜 100 %, 张伟 50 %, 钱晓云 25 % — and the trainer's enrolment of
// those under the city mean in the retake, which gives 湖滨's manager two conversation tasks. Attempts come from
// examinees over an exam's window, so the world writes them marked, as the attempts sub-area leaves them; the
// enrolment goes through the API. Trainers and HR read the city's analysis; 南星's manager, 西湖区's supervisor and
// a clerk see nothing of 湖滨; only the trainer enrols; only 湖滨's manager (no probe caller) records a talk.
import type { DrawnSlot } from '@duda/contract-training';
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';
import type { TrainingService } from '../../module.ts';

export interface AnalysisWorld {
  title: string;
  examId: string;
  questionIds: string[];
  /** 钱晓云, under the city mean. */
  personId: string;
  taskId: string;
}

const cityReaders = ['trainer', 'hr'] as const satisfies readonly ProbeCaller[];
/** Everyone holding training.analysis.read: their answers are empty outside their scope. */
const analysts = ['nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const MONTH = '2026-10';

interface PersonRef {
  id: string;
  name: string;
  staffNo: string;
}

async function person(owners: Owners, staffNo: string) {
  const [found] = await (await owners('trainer')).query<PersonRef[]>('org.people.search', { q: staffNo });
  return found!;
}

async function writeExam(owners: Owners, service: TrainingService, title: string) {
  const trainer = await owners('trainer');
  const halls = await trainer.query<{ items: { id: string; name: string; districtId: string }[] }>(
    'org.halls',
    {
      pageSize: 50,
    },
  );
  const hubin = halls.items.find((h) => h.name === '湖滨营业厅')!;
  const [place] = await trainer.query<{ city: { id: string } }[]>('org.nodes', { ids: [hubin.id] });
  const cityId = place!.city.id;
  const me = await trainer.query<{ person: { id: string } }>('org.me');
  const prisma = service.prisma;
  const point = await prisma.knowledgePoint.create({ data: { cityId, name: `矩阵分析知识点${title}` } });
  const slots: DrawnSlot[] = [];
  for (const slot of [1, 2]) {
    const question = await prisma.question.create({
      data: {
        cityId,
        type: 'TRUE_FALSE',
        knowledgePointId: point.id,
        businessLine: 'MOBILE',
        difficulty: 2,
        createdById: me.person.id,
        versions: {
          create: {
            version: 1,
            stem: `${title} 判断题 ${slot}`,
            body: { type: 'TRUE_FALSE' },
            answerKey: { type: 'TRUE_FALSE', correct: true },
            points: 2,
            createdById: me.person.id,
          },
        },
      },
      include: { versions: true },
    });
    slots.push({
      slot,
      questionId: question.id,
      versionId: question.versions[0]!.id,
      type: 'TRUE_FALSE',
      points: 2,
    });
  }
  const paper = await prisma.paper.create({
    data: { cityId, title, kind: 'FIXED', status: 'PUBLISHED', totalPoints: 4, createdById: me.person.id },
  });
  const exam = await prisma.exam.create({
    data: {
      cityId,
      orgNodeId: cityId,
      orgName: '杭州分公司',
      title,
      kind: 'CITY_MONTHLY',
      month: MONTH,
      status: 'PUBLISHED',
      paperId: paper.id,
      target: { orgNodeIds: [hubin.id], roles: [], personIds: [] },
      opensAt: new Date('2026-10-20T01:00:00Z'),
      closesAt: new Date('2026-10-21T10:00:00Z'),
      timeLimitMinutes: 60,
      passMark: 2.4,
      publishedAt: new Date('2026-10-19T01:00:00Z'),
      createdById: me.person.id,
    },
  });
  const sat = { HZ10101: [2, 2], HZ10102: [2, 0], HZ10110: [1, 0] };
  for (const [staffNo, marks] of Object.entries(sat)) {
    const who = await person(owners, staffNo);
    await prisma.examCandidate.create({
      data: {
        examId: exam.id,
        personId: who.id,
        personName: who.name,
        staffNo,
        orgNodeId: hubin.id,
        orgName: hubin.name,
        orgPath: [hubin.id, hubin.districtId, cityId],
      },
    });
    const at = new Date('2026-10-20T02:00:00Z');
    await prisma.examAttempt.create({
      data: {
        examId: exam.id,
        personId: who.id,
        attemptNo: 1,
        status: 'SUBMITTED',
        draw: { seed: title, slots } as object,
        startedAt: at,
        deadlineAt: new Date(at.getTime() + 3_600_000),
        submittedAt: new Date(at.getTime() + 1_800_000),
        deviceId: 'matrix',
        score: marks[0]! + marks[1]!,
        maxScore: 4,
        answers: {
          create: marks.map((mark, i) => ({
            slot: i + 1,
            response: { type: 'TRUE_FALSE', value: mark > 0 },
            seq: 1,
            savedAt: at,
            mark,
          })),
        },
      },
    });
  }
  return { examId: exam.id, questionIds: slots.map((s) => s.questionId) };
}

const conversationsOfHubin = async (owners: Owners) =>
  (await owners('hubin.mgr')).query('training.analysis.conversations', {});

export const analysisProbes = defineAreaProbes<AnalysisWorld, TrainingService>({
  prefix: 'training.analysis',
  async world(owners, service) {
    const title = `矩阵月考${crypto.randomUUID().slice(0, 8)}`;
    const { examId, questionIds } = await writeExam(owners, service, title);
    await (await owners('trainer')).mutation('training.analysis.enrolRetakes', { examId });
    const qian = await person(owners, 'HZ10110');
    const tasks = await (
      await owners('hubin.mgr')
    ).query<{ id: string; personId: string }[]>('training.analysis.conversations', { status: 'OPEN' });
    return {
      title,
      examId,
      questionIds,
      personId: qian.id,
      taskId: tasks.find((t) => t.personId === qian.id)!.id,
    };
  },
  secrets: (w) => [w.title],
  probes: {
    'training.analysis.exam': [
      { allowed: cityReaders, input: (w) => ({ subject: { examId: w.examId } }) },
      // A month's exams of a kind: every analyst gets an answer, only the city's readers see 湖滨's exam in it.
      {
        allowed: analysts,
        sees: cityReaders,
        input: () => ({ subject: { month: MONTH, kind: 'CITY_MONTHLY' } }),
      },
    ],
    'training.analysis.byOrg': { allowed: cityReaders, input: (w) => ({ subject: { examId: w.examId } }) },
    'training.analysis.person': {
      allowed: cityReaders,
      input: (w) => ({ subject: { examId: w.examId }, personId: w.personId }),
    },
    'training.analysis.belowAverage': { allowed: cityReaders, input: (w) => ({ examId: w.examId }) },
    // Again for the trainer: nobody new to enrol, nothing changes; refused for everyone else.
    'training.analysis.enrolRetakes': {
      allowed: ['trainer'],
      input: (w) => ({ examId: w.examId }),
      reread: (_w, owners) => conversationsOfHubin(owners),
    },
    'training.analysis.questions': { allowed: analysts, input: (w) => ({ questionIds: w.questionIds }) },
    'training.analysis.conversations': { allowed: analysts, sees: cityReaders, input: () => ({}) },
    // Only 湖滨's manager records the talk: the trainer and HR read it but may not; the others cannot see it.
    'training.analysis.completeConversation': {
      allowed: [],
      input: (w) => ({ id: w.taskId, notes: '矩阵谈话记录' }),
      reread: (_w, owners) => conversationsOfHubin(owners),
    },
    'training.analysis.ledger': { allowed: analysts, sees: cityReaders, input: () => ({ month: MONTH }) },
    // The month's results by candidate (performance's run): every analyst answers, only the city's see 湖滨's.
    'training.figures.month': { allowed: analysts, sees: cityReaders, input: () => ({ month: MONTH }) },
    // The month's skill tests and unread required reading by person (performance's run): the same readers.
    'training.figures.skills': { allowed: analysts, input: () => ({ month: MONTH }) },
    'training.figures.reading': { allowed: analysts, input: () => ({ month: MONTH }) },
  },
});
