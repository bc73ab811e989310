// Making each person's tasks (generation): the occurrences of their city's duties in the periods containing a
// day, inserted with ON CONFLICT DO NOTHING on (person, duty, period), so the job, a person's own visit and an
// event's arrival may all make them, from any number of processes, and each task exists once.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { chinaDateOf, type CalendarDate } from '@duda/month';
import type { PortalPrisma } from '../prisma.ts';
import { database } from '../database.ts';
import {
  roleOccurrences,
  tasksOf,
  type Holder,
  type Occurrence,
  type TaskDraft,
  type TemplateVersion,
} from './domain/occurrences.ts';
import type { DutiesDeps } from './duties-deps.ts';
import { asHolder, learnHolders } from './holders.ts';
import { cityVersions } from './templates.ts';

/** Rows per INSERT: one array per column, so the size is bounded by memory, not by the 65,535 parameters. */
const BATCH = 10_000;

const text = (drafts: TaskDraft[], pick: (d: TaskDraft) => string | null) => drafts.map(pick);

/**
 * One INSERT … SELECT FROM unnest(<column arrays>) per batch: a province's night is a few hundred thousand rows,
 * which row-by-row parameters (Prisma's createMany) send and parse many times slower. A task already there is
 * skipped by the unique (person, duty, period).
 */
async function insertTasks(prisma: PortalPrisma, drafts: TaskDraft[]): Promise<number> {
  const s = `"${database.schema}"`;
  return prisma.$executeRawUnsafe(
    `INSERT INTO ${s}.duty_task (id, person_id, person_name, role, org_node_id, org_name, city_id, template_id, code,
       cadence, period_key, period_start, period_end, title, target, evidence, window_start_at, due_at)
     SELECT gen_random_uuid(), t.* FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::uuid[],
       $7::uuid[], $8::text[], $9::text[]::${s}."DutyCadence"[], $10::text[], $11::text[], $12::text[], $13::text[],
       $14::int[], $15::text[]::${s}."DutyEvidenceKind"[], $16::timestamptz[], $17::timestamptz[]) AS t
     ON CONFLICT (person_id, code, period_key) DO NOTHING`,
    text(drafts, (d) => d.personId),
    text(drafts, (d) => d.personName),
    text(drafts, (d) => d.role),
    text(drafts, (d) => d.orgNodeId),
    text(drafts, (d) => d.orgName),
    text(drafts, (d) => d.cityId),
    text(drafts, (d) => d.templateId),
    text(drafts, (d) => d.code),
    text(drafts, (d) => d.cadence),
    text(drafts, (d) => d.periodKey),
    text(drafts, (d) => d.periodStart),
    text(drafts, (d) => d.periodEnd),
    text(drafts, (d) => d.title),
    drafts.map((d) => d.target),
    text(drafts, (d) => d.evidence),
    text(drafts, (d) => d.windowStartAt?.toISOString() ?? null),
    text(drafts, (d) => d.dueAt.toISOString()),
  );
}

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
  // Everyone of a role in a city has the same occurrences that day: worked out once.
  const byRole = new Map<string, Occurrence[]>();
  let batch: TaskDraft[] = [];
  const flush = async () => {
    if (batch.length) created += await insertTasks(prisma, batch);
    batch = [];
  };
  for (const holder of holders) {
    const key = `${holder.cityId}:${holder.role}`;
    let occurrences = byRole.get(key);
    if (!occurrences) {
      occurrences = roleOccurrences(holder.role, versionsByCity.get(holder.cityId)!, day, day);
      byRole.set(key, occurrences);
    }
    batch.push(...tasksOf(holder, occurrences));
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

/** The night's run: the holders learnt afresh from the org service, then everyone's tasks for today. */
export async function generateForEveryHolder(deps: DutiesDeps): Promise<number> {
  await learnHolders(deps);
  return generateToday(deps);
}

/** Just after midnight China time; also at each start, for a day begun while no process ran. */
export const generationJob = (deps: DutiesDeps): ScheduledJob =>
  scheduleJob(
    'generate-duty-tasks',
    '1 0 * * *',
    async () => {
      await generateForEveryHolder(deps);
    },
    { runAtStart: true },
  );
