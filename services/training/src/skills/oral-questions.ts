// 口试选题: the city's bank questions a supervisor may ask in an oral exam, found by words in the current stem or in
// the knowledge point's path (with the points below it), of one type or any. A recorder sees what an examinee would
// — the stem and the options — never the answer key nor a short answer's rubric: hall managers and supervisors sit
// the monthly exams drawn from this same bank, and only its keepers (training.bank.manage) read keys.
import type { QuestionBody, QuestionType } from '@duda/contract-training';
import { skillsErrors } from '@duda/contract-training';
import { examineeBody } from '../attempts/question-view.ts';
import { bankWhere } from '../bank/question-list.ts';
import type { TrainingDeps } from '../deps.ts';
import { knowledgePaths, subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { assertRecordsSomewhere, type SkillsCtx } from './access.ts';

export async function oralQuestions(
  deps: TrainingDeps,
  ctx: SkillsCtx,
  input: { q?: string | null; type?: QuestionType | null; page: number; pageSize: number },
) {
  assertRecordsSomewhere(ctx.actor);
  const city = await homeCityOf(deps.org, ctx);
  if (!city) throw skillsErrors.recordDenied();
  const nodes = await deps.prisma.knowledgePoint.findMany({ where: { cityId: city.id } });
  const paths = knowledgePaths(nodes);
  const where = await bankWhere(deps, city.id, { type: input.type, retired: false });
  if (input.q) {
    const words = input.q.toLowerCase();
    const points = [...paths].filter(([, path]) => path.toLowerCase().includes(words)).map(([id]) => id);
    const byStem = await bankWhere(deps, city.id, { search: input.q, retired: false });
    where.OR = [{ id: byStem.id }, { knowledgePointId: { in: subtreeIds(nodes, points) } }];
  }
  const [total, rows] = await Promise.all([
    deps.prisma.question.count({ where }),
    deps.prisma.question.findMany({
      where,
      // The key is not even read here.
      include: { versions: { select: { version: true, stem: true, body: true } } },
      orderBy: [{ knowledgePointId: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
  ]);
  const items = rows.flatMap((q) => {
    const current = q.versions.find((v) => v.version === q.currentVersion);
    if (!current) return [];
    return [
      {
        id: q.id,
        type: q.type,
        difficulty: q.difficulty,
        knowledgePoint: paths.get(q.knowledgePointId) ?? '',
        stem: current.stem,
        body: examineeBody(current.body as QuestionBody),
      },
    ];
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}
