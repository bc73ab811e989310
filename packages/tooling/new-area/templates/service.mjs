// services/<area>: the domain service with its module descriptor, Prisma schema, first migration and tests, and
// its own process (standalone.ts, build, start) ready to ship as a deployable of its own (deployable.mjs).
import { asDeployable, standaloneSource } from './deployable.mjs';

export const serviceFiles = (n, title, migrationStamp, port) => ({
  'package.json': `${JSON.stringify(
    asDeployable({
      name: n.service,
      version: '0.1.0',
      private: true,
      description: `${title.en} (${title['zh-CN']}): the domain service`,
      type: 'module',
      sideEffects: false,
      exports: { '.': './src/index.ts', './testing/authz-probes': './src/testing/authz-probes.ts' },
      duda: { database: 'src/database.ts' },
      scripts: {
        generate: 'duda-db generate',
        'db:migration': 'duda-db migration',
        'db:check': 'duda-db check',
        'db:migrate': 'duda-db migrate',
        test: 'vitest run',
        typecheck: 'tsc --noEmit',
        lint: 'eslint .',
      },
      dependencies: {
        '@duda/authz': 'workspace:*',
        [n.contract]: 'workspace:*',
        '@duda/contract-kit': 'workspace:*',
        '@duda/db': 'workspace:*',
        '@duda/service-kit': 'workspace:*',
        '@prisma/client': 'catalog:',
        zod: 'catalog:',
      },
      devDependencies: {
        '@duda/service-org': 'workspace:*',
        '@duda/tooling': 'workspace:*',
        vitest: 'catalog:',
      },
    }),
    null,
    2,
  )}\n`,
  'src/standalone.ts': standaloneSource(n, title, port),
  'tsconfig.json': `{
  "extends": "@duda/tooling/tsconfig/node.json",
  "include": ["src", "prisma", "*.ts"]
}
`,
  'vitest.config.ts': `import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({ test: { name: '${n.key}', globalSetup: ['@duda/db/vitest-global-setup'] } }),
);
`,
  'README.md': `# ${n.service}

${title.en} (${title['zh-CN']}): the domain service. It owns the PostgreSQL schema \`${n.schema}\` (nobody else
reads it), its procedures under \`${n.key}.*\` and their rules; the wire contract is \`${n.contract}\`. The
domain is described in [docs/domain.md](../../docs/domain.md).

| folder           | holds                                                                       |
| ---------------- | --------------------------------------------------------------------------- |
| \`src/module.ts\`  | the descriptor the gateway composes (\`services/gateway/src/modules.ts\`)    |
| \`src/router/\`    | the public API, one file per sub-area, inputs from the contract             |
| \`src/entries/\`   | the first sub-area: its service functions and their tests                  |
| \`src/domain/\`    | pure rules, no storage (add them as the area grows)                         |
| \`src/seed/\`      | the demo data step, after the org step                                      |
| \`src/standalone.ts\` | the service as its own process (port ${port}): one call to runServiceAlone |
| \`prisma/\`        | the schema and its committed migrations (ADR 0003)                          |

\`\`\`sh
pnpm --filter ${n.service} test                    # against a real PostgreSQL (embedded)
pnpm --filter ${n.service} db:migration <name>     # after changing prisma/schema.prisma
pnpm --filter ${n.service} build                   # dist/standalone.js (ADR 0014), then \`start\` runs it with node
\`\`\`

It runs inside the gateway until it ships alone: what that takes (image, compose, Kubernetes) is in
[infra/README.md](../../infra/README.md#a-new-area-shipping-alone).
`,
  'prisma/schema.prisma': `// ${title.en} (${title['zh-CN']}). PostgreSQL schema "${n.schema}"; only this service reads these tables.
// Org ids come from the org service; names are copied at write time so history reads as it happened.

generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}

datasource db {
  provider = "postgresql"
}

enum EntryStatus {
  OPEN
  DONE
}

/// The area's first record, kept by an org node. Rename and grow it into the area's real objects.
model Entry {
  id          String      @id @default(uuid()) @db.Uuid
  orgNodeId   String      @db.Uuid
  orgName     String
  title       String
  status      EntryStatus @default(OPEN)
  createdById String      @db.Uuid
  createdAt   DateTime    @default(now())

  @@index([orgNodeId, createdAt])
}
`,
  [`prisma/migrations/${migrationStamp}_init/migration.sql`]: `-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "Entry" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_orgNodeId_createdAt_idx" ON "Entry"("orgNodeId", "createdAt");
`,
  'src/database.ts': `import { defineServiceDatabase } from '@duda/db';

/** The ${title.en} service's database: PostgreSQL schema \`${n.schema}\`, files in ../prisma. */
export const database = defineServiceDatabase(new URL('..', import.meta.url), '${n.schema}');
`,
  'src/database.test.ts': `import { pendingSchemaChange } from '@duda/db';
import { testServerUrl } from '@duda/db/testing';
import { describe, expect, it } from 'vitest';
import { database } from './database.ts';

describe('${n.key} database', () => {
  it('has committed migrations that produce exactly the Prisma schema', async () => {
    expect(await pendingSchemaChange(testServerUrl(), database)).toBe('');
  });
});
`,
  'src/prisma.ts': `import { createPrismaAdapter, TRANSACTION_OPTIONS, type Pool } from '@duda/db';
import { database } from './database.ts';
import { PrismaClient } from './generated/prisma/client.ts';

export type ${n.pascal}Prisma = PrismaClient;

export const create${n.pascal}Prisma = (pool: Pool): ${n.pascal}Prisma =>
  new PrismaClient({ adapter: createPrismaAdapter(pool, database), transactionOptions: TRANSACTION_OPTIONS });
`,
  'src/deps.ts': `import type { ServiceClient } from '@duda/service-kit';
import type { ${n.pascal}Prisma } from './prisma.ts';

/** What the ${title.en} service's handlers run on; tests pass their own clock. */
export interface ${n.pascal}Deps {
  prisma: ${n.pascal}Prisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
}
`,
  'src/module.ts': `// The ${title.en} service as a module: what the gateway composes and what runs it as its own process.
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { ${n.pascal}Deps } from './deps.ts';
import { create${n.pascal}Prisma } from './prisma.ts';
import { create${n.pascal}Router } from './router/index.ts';
import { seed${n.pascal}Demo } from './seed/index.ts';

export function create${n.pascal}Service(options: { pool: Pool; org: ServiceClient; now?: () => Date }) {
  const deps: ${n.pascal}Deps = {
    prisma: create${n.pascal}Prisma(options.pool),
    org: options.org,
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: create${n.pascal}Router(deps),
    prisma: deps.prisma,
    close: () => deps.prisma.$disconnect(),
  };
}

export type ${n.pascal}Service = ReturnType<typeof create${n.pascal}Service>;

export const ${n.camel}Module = defineServiceModule({
  name: '${n.key}',
  database,
  calls: ['org'],
  router: create${n.pascal}Router,
  create: (env: ServiceEnv) => create${n.pascal}Service({ pool: env.pool, org: env.client('org'), now: env.now }),
  seed: {
    after: ['org'],
    run: (service: ${n.pascal}Service, seeded: { org: SeededOrg }) => seed${n.pascal}Demo(service.prisma, seeded.org),
  },
});
`,
  'src/index.ts': `export { database } from './database.ts';
export { create${n.pascal}Service, ${n.camel}Module, type ${n.pascal}Service } from './module.ts';
export type { ${n.pascal}Router } from './router/index.ts';
`,
  'src/router/index.ts': `// The ${title.en} service's public API, one file per sub-area; inputs come from ${n.contract}.
import { router } from '@duda/service-kit';
import type { ${n.pascal}Deps } from '../deps.ts';
import { entriesRouter } from './entries.ts';

/** Mounted by the gateway as \`${n.key}.*\`. */
export function create${n.pascal}Router(deps: ${n.pascal}Deps) {
  return router({ entries: entriesRouter(deps) });
}

export type ${n.pascal}Router = ReturnType<typeof create${n.pascal}Router>;
`,
  'src/router/entries.ts': `// \`${n.key}.entries\`: list what the caller may see, add one for an org node in scope.
import { entryInputs } from '${n.contract}';
import { authedProcedure, router } from '@duda/service-kit';
import type { ${n.pascal}Deps } from '../deps.ts';
import { createEntry, listEntries } from '../entries/entry-service.ts';

export const entriesRouter = (deps: ${n.pascal}Deps) =>
  router({
    list: authedProcedure.input(entryInputs.list).query(({ ctx, input }) => listEntries(deps, ctx, input)),
    create: authedProcedure.input(entryInputs.create).mutation(({ ctx, input }) => createEntry(deps, ctx, input)),
  });
`,
  'src/entries/entry-service.ts': `import { scopeOf, type Actor } from '@duda/authz';
import { ${n.camel}Errors, type entryInputs } from '${n.contract}';
import { assertCan, skipTake, type CallerContext, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import type { ${n.pascal}Deps } from '../deps.ts';

type Ctx = CallerContext & { actor: Actor };

export interface EntryRow {
  id: string;
  orgNodeId: string;
  orgName: string;
  title: string;
  status: 'OPEN' | 'DONE';
  createdAt: Date;
}

/** Entries of the org nodes the caller may read, newest first. */
export async function listEntries(
  deps: ${n.pascal}Deps,
  ctx: Ctx,
  input: z.infer<typeof entryInputs.list>,
): Promise<Page<EntryRow>> {
  const scope = scopeOf(ctx.actor, '${n.key}.read');
  const where = {
    orgNodeId: { in: scope.orgNodeIds },
    ...(input.status ? { status: input.status } : {}),
  };
  const [items, total] = await Promise.all([
    deps.prisma.entry.findMany({ where, orderBy: { createdAt: 'desc' }, ...skipTake(input) }),
    deps.prisma.entry.count({ where }),
  ]);
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** Adds an entry for an org node the caller manages; the node's name is copied from the org service. */
export async function createEntry(
  deps: ${n.pascal}Deps,
  ctx: Ctx,
  input: z.infer<typeof entryInputs.create>,
): Promise<EntryRow> {
  assertCan(ctx.actor, '${n.key}.entry.manage', { orgNodeId: input.orgNodeId }, ${n.camel}Errors.manageDenied);
  const [node] = await deps.org.query<{ name: string }[]>(ctx, 'nodes', { ids: [input.orgNodeId] });
  if (!node) throw ${n.camel}Errors.manageDenied();
  return deps.prisma.entry.create({
    data: { orgNodeId: input.orgNodeId, orgName: node.name, title: input.title, createdById: ctx.actor.personId },
  });
}
`,
  'src/entries/entries.test.ts': `import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { create${n.pascal}Service, type ${n.pascal}Service } from '../module.ts';

let f: OrgFixture;
let service: ${n.pascal}Service;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = create${n.pascal}Service({ pool: f.db.pool, org: localServiceClient(f.org.router) });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));

describe('${n.key} entries', () => {
  it('a district supervisor adds an entry for a hall of the district and finds it in the list', async () => {
    const hall = f.seeded.districts[0]!.halls[0]!;
    const supervisor = await as('sc.sup');
    const created = await supervisor.entries.create({ orgNodeId: hall.id, title: '第一条' });
    expect(created).toMatchObject({ orgName: hall.name, status: 'OPEN' });
    const list = await supervisor.entries.list({});
    expect(list.items.map((e) => e.id)).toContain(created.id);
  });

  it('another district sees none of it and may not add there', async () => {
    const hall = f.seeded.districts[0]!.halls[0]!;
    const other = await as('xh.sup');
    expect((await other.entries.list({})).items.every((e) => e.orgNodeId !== hall.id)).toBe(true);
    await expect(other.entries.create({ orgNodeId: hall.id, title: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
`,
  'src/testing/authz-probes.ts': `// The ${n.key} area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization):
// an entry the district supervisor made for 湖滨, and which of the six probe callers may touch it. Every new
// procedure needs its entry here, or the matrix fails naming it.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';

interface Page<T> {
  items: T[];
}

export interface ${n.pascal}World {
  hubinId: string;
  entry: { id: string; title: string };
}

export const ${n.camel}Probes = defineAreaProbes<${n.pascal}World>({
  prefix: '${n.key}',
  async world(owners) {
    const supervisor = await owners('sc.sup');
    const halls = await supervisor.query<Page<{ id: string; name: string }>>('org.halls', { pageSize: 50 });
    const hubin = halls.items.find((hall) => hall.name === '湖滨营业厅')!;
    const title = \`矩阵-${n.key}-\${crypto.randomUUID().slice(0, 8)}\`;
    const entry = await supervisor.mutation<{ id: string }>('${n.key}.entries.create', { orgNodeId: hubin.id, title });
    return { hubinId: hubin.id, entry: { id: entry.id, title } };
  },
  secrets: (w) => [w.entry.title, w.entry.id],
  probes: {
    // Supervisors and halls read their own units' entries: none of the six callers reads 湖滨's.
    '${n.key}.entries.list': { allowed: SIGNED_IN, input: () => ({}), sees: [] },
    '${n.key}.entries.create': {
      allowed: [],
      input: (w) => ({ orgNodeId: w.hubinId, title: '冒名条目' }),
      reread: async (_w, owners) => (await owners('sc.sup')).query('${n.key}.entries.list', {}),
    },
  },
});
`,
  'src/seed/index.ts': `import type { SeededOrg } from '@duda/service-org/seed';
import type { ${n.pascal}Prisma } from '../prisma.ts';

/** Demo entries, one per hall of the demo city; idempotent (skips when the area already has data). */
export async function seed${n.pascal}Demo(prisma: ${n.pascal}Prisma, org: SeededOrg) {
  if ((await prisma.entry.count()) > 0) return { entries: 0 };
  const supervisor = org.demoPeople['city.sup'];
  if (!supervisor) throw new Error('the org seed hands over no city supervisor');
  const halls = org.districts.flatMap((district) => district.halls);
  await prisma.entry.createMany({
    data: halls.map((hall) => ({
      orgNodeId: hall.id,
      orgName: hall.name,
      title: \`\${hall.name}：${title['zh-CN']}示例\`,
      createdById: supervisor.id,
    })),
  });
  return { entries: halls.length };
}
`,
});
