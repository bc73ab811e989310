// The demo knowledge base (知识库): ~20 articles under the bank's knowledge points (after the bank step), four of
// them required reading for hall roles — two due last month, two this month — and reading records that leave some
// people on time, some late, some only opened and some not at all, so 我的必读, the trainer's who-has-not-read view
// and the monthly unread counts all have content. Last month is closed as the daily job would close it.
import { addMonths, currentMonth, endOfChinaDay } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import { checkArticleDocument } from '../domain/article-document.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { closeReadingMonths } from '../knowledge/month-close.ts';
import type { TrainingPrisma } from '../prisma.ts';
import { stableId } from './bank.ts';
import { DEMO_ARTICLES, DEMO_REQUIREMENTS, type DemoArticle } from './knowledge-content.ts';

const DAY = 86_400_000;
/** An article the trainer is still writing. */
const DRAFTS = new Set(['audit']);

const text = (value: string) => [{ type: 'text', text: value }];
const item = (value: string) => ({
  type: 'listItem',
  content: [{ type: 'paragraph', content: text(value) }],
});

/** The blocks of the content table as the editor's document. */
export function documentOf(article: DemoArticle) {
  const content: Record<string, unknown>[] = [];
  for (const block of article.blocks) {
    const last = content.at(-1);
    const listed = /^(- |\d+\. )/.exec(block);
    if (block.startsWith('## '))
      content.push({ type: 'heading', attrs: { level: 2 }, content: text(block.slice(3)) });
    else if (listed) {
      const type = listed[1] === '- ' ? 'bulletList' : 'orderedList';
      if (last?.type === type) (last.content as unknown[]).push(item(block.slice(listed[1]!.length)));
      else content.push({ type, content: [item(block.slice(listed[1]!.length))] });
    } else content.push({ type: 'paragraph', content: text(block) });
  }
  return { type: 'doc', content };
}

/** 0–255, the same for the same person and article on every run. */
const dice = (personId: string, key: string) => parseInt(stableId(personId, key).slice(0, 2), 16);

export async function seedKnowledge(prisma: TrainingPrisma, org: SeededOrg, now: Date) {
  const trainer = org.demoPeople['trainer']!;
  const clerk = org.demoPeople['hubin.clerk']!.id;
  const ids = new Map<string, string>();
  for (const [index, article] of DEMO_ARTICLES.entries()) {
    const checked = checkArticleDocument(documentOf(article));
    if (!checked.ok)
      throw new Error(`Demo article ${article.key} is not a valid document: ${checked.reason}`);
    const id = stableId(org.cityId, 'article', article.key);
    const written = new Date(now.getTime() - (60 - index * 2) * DAY);
    const draft = DRAFTS.has(article.key);
    await prisma.article.create({
      data: {
        id,
        cityId: org.cityId,
        knowledgePointId: stableId(org.cityId, ...article.point),
        title: article.title,
        content: checked.content as Prisma.InputJsonValue,
        plainText: checked.plainText,
        tags: article.tags,
        status: draft ? 'DRAFT' : 'PUBLISHED',
        authorId: trainer.id,
        authorName: trainer.name,
        updatedById: trainer.id,
        updatedByName: trainer.name,
        createdAt: written,
        updatedAt: written,
        publishedAt: draft ? null : written,
      },
    });
    ids.set(article.key, id);
  }

  let readers = 0;
  let reads = 0;
  const month = currentMonth(now);
  for (const requirement of DEMO_REQUIREMENTS) {
    const articleId = ids.get(requirement.key)!;
    const due = addMonths(month, requirement.monthOffset);
    const deadline = endOfChinaDay(`${due}-${String(requirement.day).padStart(2, '0')}`);
    const assignedAt = new Date(Math.min(deadline.getTime() - 14 * DAY, now.getTime() - DAY));
    const people = org.districts.flatMap((district) =>
      district.halls.flatMap((hall) =>
        (org.hallStaff[hall.code] ?? [])
          .filter((p) => requirement.roles.includes(p.role))
          .map((p) => ({
            personId: p.id,
            personName: p.name,
            staffNo: p.staffNo,
            orgNodeId: hall.id,
            orgName: hall.name,
            orgPath: [hall.id, district.id, org.cityId],
          })),
      ),
    );
    const { id: requiredReadingId } = await prisma.requiredReading.create({
      data: {
        articleId,
        cityId: org.cityId,
        target: { orgNodeIds: [], roles: requirement.roles },
        deadline,
        month: due,
        assignedById: trainer.id,
        assignedByName: trainer.name,
        createdAt: assignedAt,
      },
    });
    await prisma.requiredReader.createMany({ data: people.map((p) => ({ requiredReadingId, ...p })) });
    readers += people.length;

    // Who read it: most on time, some late (only once the deadline has passed), some only opened it.
    const until = Math.min(deadline.getTime(), now.getTime());
    const records = people.flatMap(({ personId }): Prisma.ArticleReadCreateManyInput[] => {
      const roll = personId === clerk ? demoClerkRoll(requirement.key) : dice(personId, requirement.key);
      const at = (share: number) => new Date(assignedAt.getTime() + (until - assignedAt.getTime()) * share);
      if (roll < 170) {
        const openedAt = at(roll / 256);
        return [{ articleId, personId, openedAt, finishedAt: new Date(openedAt.getTime() + 6 * 60_000) }];
      }
      const late = new Date(deadline.getTime() + 2 * DAY);
      if (roll < 200 && late < now) return [{ articleId, personId, openedAt: late, finishedAt: late }];
      if (roll < 225) return [{ articleId, personId, openedAt: at(roll / 256), finishedAt: null }];
      return [];
    });
    await prisma.articleRead.createMany({ data: records, skipDuplicates: true });
    reads += records.length;
  }
  await closeReadingMonths({ prisma, now: () => now });
  return { articles: ids.size, requiredReadings: DEMO_REQUIREMENTS.length, requiredReaders: readers, reads };
}

/**
 * 湖滨's demo clerk (hubin.clerk) shows every case on 我的必读: last month's 实名制 missed, its 投诉处理八步法 read,
 * this month's 首问负责制 opened but not finished, 携号转网 not opened yet.
 */
function demoClerkRoll(key: string): number {
  return ({ 'real-name': 255, 'complaint-8': 10, 'first-ask': 210 } as Record<string, number>)[key] ?? 255;
}
