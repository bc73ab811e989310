// Oral exams and skill tests' rows of the authorization matrix. The world: 湖滨's manager records an oral exam and a
// handling time of 钱晓云 (notes marked), and 湖滨's duty manager takes a typing test. Those who read training
// results answer (南星's manager and 西湖区's supervisor with nothing of 湖滨 in it); only 湖滨's supervisors (none
// of them a probe caller) record, change or delete; everyone who sits tests types and reads their own results.
// The trainer's short-answer question (rubric and reference marked) is found by those who record oral exams, and
// its key and rubric by nobody.
import { TYPING_PASSAGES } from '@duda/contract-training';
import { chinaDateOf, monthOf } from '@duda/month';
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';

export interface SkillsWorld {
  hubinId: string;
  personId: string;
  oralId: string;
  notes: string;
  handlingNotes: string;
  today: string;
  month: string;
  oralStem: string;
  oralKey: string[];
}

/** Holders of training.read: their lists answer, empty outside their scope. */
const readers = ['nanxing.mgr', 'xh.sup', 'trainer', 'hr'] as const satisfies readonly ProbeCaller[];
const cityReaders = ['trainer', 'hr'] as const satisfies readonly ProbeCaller[];
/** Everyone who sits exams and tests (HR does not). */
const takers = ['hubin.clerk', 'nanxing.mgr', 'xh.sup', 'trainer'] as const satisfies readonly ProbeCaller[];

const hubinRecords = async (owners: Owners, w: SkillsWorld) => {
  const manager = await owners('hubin.mgr');
  return [
    await manager.query('training.skills.oralList', { personId: w.personId }),
    await manager.query('training.skills.handlingList', { personId: w.personId }),
  ];
};

export const skillsProbes = defineAreaProbes<SkillsWorld>({
  prefix: 'training.skills',
  async world(owners) {
    const tag = crypto.randomUUID().slice(0, 8);
    const manager = await owners('hubin.mgr');
    const [qian] = await manager.query<{ id: string; orgNodeId: string }[]>('org.people.search', {
      q: 'HZ10110',
    });
    const today = chinaDateOf(new Date());
    const notes = `矩阵口试评语${tag}`;
    const handlingNotes = `矩阵办理备注${tag}`;
    const oral = await manager.mutation<{ id: string }>('training.skills.oralRecord', {
      personId: qian!.id,
      heldOn: today,
      questions: [{ text: '携号转网的办理条件' }],
      score: 78,
      notes,
    });
    await manager.mutation('training.skills.handlingRecord', {
      personId: qian!.id,
      task: 'NUMBER_PORTING',
      seconds: 420,
      errors: 1,
      heldOn: today,
      notes: handlingNotes,
    });
    const trainer = await owners('trainer');
    const point = await trainer.mutation<{ id: string }>('training.bank.knowledgePoints.create', {
      parentId: null,
      name: `矩阵口试知识点${tag}`,
    });
    const oralStem = `矩阵口试题${tag}`;
    const oralKey = [`矩阵口试评分要点${tag}`, `矩阵口试参考答案${tag}`];
    await trainer.mutation('training.bank.questions.create', {
      stem: oralStem,
      body: { type: 'SHORT_ANSWER', rubric: oralKey[0] },
      key: { type: 'SHORT_ANSWER', reference: oralKey[1] },
      knowledgePointId: point.id,
      businessLine: 'MOBILE',
      difficulty: 2,
    });
    const passage = TYPING_PASSAGES[0];
    await (
      await owners('hubin.duty')
    ).mutation('training.skills.typingSubmit', {
      passageId: passage.id,
      typed: passage.text,
      elapsedMs: 120_000,
    });
    return {
      hubinId: qian!.orgNodeId,
      personId: qian!.id,
      oralId: oral.id,
      notes,
      handlingNotes,
      today,
      month: monthOf(today),
      oralStem,
      oralKey,
    };
  },
  secrets: (w) => [w.notes, w.handlingNotes],
  probes: {
    'training.skills.oralList': { allowed: readers, sees: cityReaders, input: () => ({}) },
    'training.skills.oralRecord': {
      allowed: [],
      input: (w) => ({ personId: w.personId, heldOn: w.today, score: 10, notes: '矩阵越权口试' }),
      reread: (w, owners) => hubinRecords(owners, w),
    },
    'training.skills.oralUpdate': {
      allowed: [],
      input: (w) => ({ id: w.oralId, heldOn: w.today, score: 5, notes: '矩阵越权修改' }),
      reread: (w, owners) => hubinRecords(owners, w),
    },
    'training.skills.oralDelete': {
      allowed: [],
      input: (w) => ({ id: w.oralId, reason: '矩阵越权删除' }),
      reread: (w, owners) => hubinRecords(owners, w),
    },
    'training.skills.oralQuestions': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      sees: [],
      secrets: (w) => w.oralKey,
      input: (w) => ({ q: w.oralStem }),
    },
    'training.skills.oralCoverage': {
      allowed: cityReaders,
      input: (w) => ({ hallId: w.hubinId, week: w.today }),
    },
    // A human speed on the Latin passage: every test-taker's own result, nobody else's.
    'training.skills.typingSubmit': {
      allowed: takers,
      input: () => ({ passageId: 'latin-order', typed: 'Order HZ-2026-0815', elapsedMs: 30_000 }),
    },
    'training.skills.typingList': { allowed: readers, input: () => ({}) },
    'training.skills.handlingRecord': {
      allowed: [],
      input: (w) => ({
        personId: w.personId,
        task: 'OPEN_ACCOUNT',
        seconds: 1,
        errors: 9,
        heldOn: w.today,
        notes: '矩阵越权记录',
      }),
      reread: (w, owners) => hubinRecords(owners, w),
    },
    'training.skills.handlingList': { allowed: readers, sees: cityReaders, input: () => ({}) },
    'training.skills.handlingReport': {
      allowed: cityReaders,
      input: (w) => ({ hallId: w.hubinId, month: w.month }),
    },
    // Figures only; out of scope they are empty.
    'training.skills.personSummary': {
      allowed: readers,
      input: (w) => ({ personId: w.personId, month: w.month }),
    },
    'training.skills.mine': { allowed: takers, sees: [], input: (w) => ({ month: w.month }) },
  },
});
