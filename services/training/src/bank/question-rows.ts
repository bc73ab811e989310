// A question as the bank's pages see it: the question's own fields beside its current version's.
import type { QuestionBody, QuestionKey, QuestionType } from '@duda/contract-training';
import type { Question, QuestionVersion } from '../generated/prisma/client.ts';

export interface QuestionSummary {
  id: string;
  type: QuestionType;
  stem: string;
  knowledgePointId: string;
  knowledgePointPath: string;
  businessLine: string;
  difficulty: number;
  source: string;
  tags: string[];
  points: number;
  version: number;
  retiredAt: Date | null;
  updatedAt: Date;
}

export interface QuestionDetail extends QuestionSummary {
  body: QuestionBody;
  key: QuestionKey;
}

export const currentOf = (q: Question & { versions: QuestionVersion[] }) =>
  q.versions.find((v) => v.version === q.currentVersion) ?? q.versions[0]!;

export function toSummary(
  q: Question & { versions: QuestionVersion[] },
  paths: ReadonlyMap<string, string>,
): QuestionSummary {
  const current = currentOf(q);
  return {
    id: q.id,
    type: q.type,
    stem: current.stem,
    knowledgePointId: q.knowledgePointId,
    knowledgePointPath: paths.get(q.knowledgePointId) ?? '',
    businessLine: q.businessLine,
    difficulty: q.difficulty,
    source: q.source,
    tags: q.tags,
    points: current.points,
    version: q.currentVersion,
    retiredAt: q.retiredAt,
    updatedAt: q.updatedAt,
  };
}

export function toDetail(
  q: Question & { versions: QuestionVersion[] },
  paths: ReadonlyMap<string, string>,
): QuestionDetail {
  const current = currentOf(q);
  return {
    ...toSummary(q, paths),
    body: current.body as unknown as QuestionBody,
    key: current.answerKey as unknown as QuestionKey,
  };
}
