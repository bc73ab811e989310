// Making each person's tasks (generation): the occurrences of their city's duties in the periods containing a
// day, inserted with ON CONFLICT DO NOTHING on (person, duty, period), so the job, a person's own visit and an
// event's arrival may all make them, from any number of processes, and each task exists once.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { chinaDateOf, type CalendarDate } from '@duda/month';
import type { PortalPrisma } from '../prisma.ts';
import { occurrencesFor, type Holder, type TemplateVersion } from './domain/occurrences.ts';
import type { DutiesDeps } from './duties-deps.ts';
import { asHolder } from './holders.ts';
import { cityVersions } from './templates.ts';

/** Rows per INSERT: 21 columns each, under PostgreSQL's 65,535 parameters. */
const BATCH = 2_000;

/** The tasks of `holders` in the day's, week's and month's periods containing `day`; how many were new. */
export async function generateTasks(
  prisma: PortalPrisma,
  holders: readonly Holder[],
  day: CalendarDate,
): Promise<number> {
  const versionsByCity = new Map<string, TemplateVersion[]>();
  for (const cityId of new Set(holders.map((h) => h.cityId)))
    versionsByCity.set(cityId, await cityVersions(prisma, cityId));
  let created = 0;
  let batch: ReturnType<typeof occurrencesFor> = [];
  const flush = async () => {
    if (batch.length)
      created += (await prisma.dutyTask.createMany({ data: batch, skipDuplicates: true })).count;
    batch = [];
  };
  for (const holder of holders) {
    batch.push(...occurrencesFor(holder, versionsByCity.get(holder.cityId)!, day, day));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return created;
}

/** Holders read per round, so a province's population is never all in memory at once. */
const HOLDERS_PAGE = 5_000;

/** The job's run: every known holder's tasks for today. */
export async function generateToday(deps: Pick<DutiesDeps, 'prisma' | 'now'>): Promise<number> {
  const day = chinaDateOf(deps.now());
  let created = 0;
  for (let cursor: { personId: string; role: string; orgNodeId: string } | undefined; ;) {
    const page = await deps.prisma.dutyHolder.findMany({
      orderBy: [{ personId: 'asc' }, { role: 'asc' }, { orgNodeId: 'asc' }],
      take: HOLDERS_PAGE,
      ...(cursor ? { skip: 1, cursor: { personId_role_orgNodeId: cursor } } : {}),
    });
    if (page.length === 0) return created;
    created += await generateTasks(deps.prisma, page.map(asHolder), day);
    const last = page.at(-1)!;
    cursor = { personId: last.personId, role: last.role, orgNodeId: last.orgNodeId };
  }
}

/** Just after midnight China time; also at each start, for a day begun while no process ran. */
export const generationJob = (deps: Pick<DutiesDeps, 'prisma' | 'now'>): ScheduledJob =>
  scheduleJob(
    'generate-duty-tasks',
    '1 0 * * *',
    async () => {
      await generateToday(deps);
    },
    { runAtStart: true },
  );
