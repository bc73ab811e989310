// Names the analysis pages show: knowledge points, and each question's stem and type as the attempts showed them.
import type { TrainingDeps } from '../deps.ts';

export async function pointNames(deps: TrainingDeps, ids: Iterable<string>) {
  const points = await deps.prisma.knowledgePoint.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, parent: { select: { name: true } } },
  });
  return new Map(points.map((p) => [p.id, p.parent ? `${p.parent.name} / ${p.name}` : p.name]));
}

/** The stem of the newest version an attempt showed, and the type, per question. */
export async function questionTexts(deps: TrainingDeps, versionIds: Iterable<string>) {
  const versions = await deps.prisma.questionVersion.findMany({
    where: { id: { in: [...new Set(versionIds)] } },
    select: { questionId: true, version: true, stem: true, question: { select: { type: true } } },
    orderBy: { version: 'asc' },
  });
  return new Map(
    versions.map((v) => [v.questionId, { stem: v.stem, type: v.question.type, version: v.version }]),
  );
}
