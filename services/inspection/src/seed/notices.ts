import { buildMonthlyNotice, districtMonthScores, publishNotice } from '../domain/index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { noticeFigures } from '../notices/notice-figures.ts';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall, DemoOrg } from './demo-org.ts';
import { at } from './time.ts';

interface Context {
  org: DemoOrg;
  halls: DemoHall[];
  months: string[];
  now: Date;
}

/**
 * Published city notices for the finished months, a district draft for last month, and the oldest
 * month archived (立卷归档) so its records show as read-only.
 */
export async function seedNotices(prisma: InspectionPrisma, ctx: Context) {
  const districtNames = async (ids: string[]) =>
    new Map(ctx.org.districts.filter((d) => ids.includes(d.id)).map((d) => [d.id, d.name]));
  const citySup = ctx.org.demoPeople['city.sup']!;
  const finished = ctx.months.slice(0, -1);
  const scopes = [
    ...finished.map((month) => ({
      level: 'CITY' as const,
      id: ctx.org.cityId,
      name: '杭州分公司',
      month,
      publish: true,
    })),
    {
      level: 'DISTRICT' as const,
      id: ctx.org.districts[0]!.id,
      name: ctx.org.districts[0]!.name,
      month: finished[finished.length - 1]!,
      publish: false,
    },
  ];
  for (const scope of scopes) {
    const figures = await noticeFigures(
      prisma,
      { column: scope.level === 'CITY' ? 'cityId' : 'districtId', id: scope.id },
      scope.month,
      ctx.now,
      districtNames,
    );
    const draft = buildMonthlyNotice({
      scope: { level: scope.level, orgId: scope.id, orgName: scope.name },
      month: scope.month,
      hallScores: figures.hallScores,
      districtScores: scope.level === 'CITY' ? districtMonthScores(figures.hallScores) : [],
      shortStaves: figures.shortStaves,
      typicalCases: figures.typicalCases,
      rectifications: figures.rectifications,
    });
    const publishedAt = at(`${scope.month}-28`, 16);
    const notice = scope.publish ? publishNotice(draft, citySup.id, publishedAt) : draft;
    await prisma.monthlyNotice.create({
      data: {
        scopeLevel: scope.level,
        scopeOrgId: scope.id,
        scopeName: scope.name,
        cityId: ctx.org.cityId,
        month: scope.month,
        status: notice.status,
        content: notice as unknown as Prisma.InputJsonValue,
        createdById: citySup.id,
        publishedAt: scope.publish ? publishedAt : null,
        publishedById: scope.publish ? citySup.id : null,
      },
    });
  }
  await prisma.monthArchive.create({
    data: {
      scopeOrgId: ctx.org.cityId,
      month: ctx.months[0]!,
      archivedAt: at(`${ctx.months[1]}-05`, 10),
      archivedById: citySup.id,
    },
  });
}
