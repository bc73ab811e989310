// Each deployable's `pnpm deploy --prod` output — what its image holds — started alone with plain node against a
// real PostgreSQL, wired as in the cluster: every service its own process, the gateway forwarding to them. Each
// applies its own migrations from what it carries, and answers a real procedure through the gateway. Started as a
// Kubernetes pod is — the app role's URL only, after the migration — a gateway and a service serve without
// migrating, and on a database nobody migrated a service refuses to start (ADR 0015).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { appConnection, createPool } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { GatewayClient } from '@duda/gateway/testing/http-client';
import { formsModule } from '@duda/service-forms';
import { inspectionModule } from '@duda/service-inspection';
import { serviceUrlVariable } from '@duda/service-kit/server';
import { operationsModule } from '@duda/service-operations';
import { createOrgService } from '@duda/service-org';
import { seedSmallOrg } from '@duda/service-org/seed';
import { performanceModule } from '@duda/service-performance';
import { trainingModule } from '@duda/service-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, deploy, repoRoot } from './deploy.ts';
import { NODE_TARGETS, type NodeTarget } from './dockerfile.ts';
import { startNode, type RunningNode } from './node-process.ts';

const targets = Object.keys(NODE_TARGETS) as NodeTarget[];
/** The services with a deployable of their own, each its own process here. */
const SERVICES = targets.filter((t) => t !== 'gateway');
const STOP_ORDER = [
  'gateway',
  'operations',
  'performance',
  'forms',
  'training',
  'inspection',
  'org',
] as const;
const secret = 'deployables-secret';

describe('each deployable, from its pnpm deploy output, with node alone', () => {
  let outDir: string;
  let db: TestDatabase;
  const running = new Map<NodeTarget, RunningNode>();
  const dirOf = (target: NodeTarget) => path.join(outDir, target);
  const start = async (target: NodeTarget, env: Record<string, string>) => {
    const node = await startNode(dirOf(target), NODE_TARGETS[target].entry, env);
    running.set(target, node);
    return node;
  };

  beforeAll(async () => {
    outDir = await makeTempDir('duda-deployables-');
    const started = Date.now();
    await build(targets.map((t) => NODE_TARGETS[t].pkg));
    await Promise.all(targets.map((t) => deploy(NODE_TARGETS[t].pkg, dirOf(t))));
    console.warn(
      `built and deployed ${targets.length} packages in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    // An empty database: the deployables bring their own migrations.
    db = await createTestDatabase([]);
    const uploads = path.join(outDir, 'uploads');
    await mkdir(uploads);
    const common = { DATABASE_URL: db.url, DUDA_SERVICE_SECRET: secret };
    await start('org', common);
    // The small organisation's people, written as tests do (after org's own process made its tables).
    const pool = createPool(db.url, 2);
    const seeding = createOrgService({ pool });
    await seedSmallOrg(seeding.prisma);
    await seeding.close();
    await pool.end();

    // Each service is given the address of each one its module calls (DUDA_<NAME>_URL), started before it.
    const alone = async (module: { name: string; calls: readonly string[] }) =>
      start(module.name as NodeTarget, {
        ...common,
        DUDA_UPLOADS_DIR: uploads,
        ...Object.fromEntries(
          module.calls.map((name) => [
            serviceUrlVariable(name),
            `${running.get(name as NodeTarget)!.url}/trpc`,
          ]),
        ),
      });
    await alone(inspectionModule);
    await Promise.all([alone(trainingModule), alone(formsModule)]);
    await Promise.all([alone(operationsModule), alone(performanceModule)]);
    await start('gateway', {
      ...common,
      DUDA_COOKIE_SECRET: 'deployables-cookie-secret',
      DUDA_SERVICE_URLS: SERVICES.map((name) => `${name}=${running.get(name)!.url}/trpc`).join(','),
      DUDA_UPLOADS_DIR: uploads,
      DUDA_WEB_ROOT: path.join(outDir, 'no-front-ends'),
      DUDA_SEED: 'false',
    });
    expect(running.size).toBe(targets.length);
  }, 420_000);

  afterAll(async () => {
    // The gateway first, then the services it calls, each before those it calls.
    for (const target of STOP_ORDER) await running.get(target)?.stop();
    await db?.drop();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  }, 60_000);

  it.each(targets)('%s holds its bundle, its migrations and production dependencies only', (target) => {
    const dir = dirOf(target);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      devDependencies?: Record<string, string>;
    };
    expect(existsSync(path.join(dir, NODE_TARGETS[target].entry))).toBe(true);
    expect(existsSync(path.join(dir, 'src'))).toBe(false);
    if (target !== 'gateway')
      expect(readdirSync(path.join(dir, 'prisma', 'migrations')).length).toBeGreaterThan(0);
    const devOnly = Object.keys(manifest.devDependencies ?? {});
    expect(devOnly.filter((name) => existsSync(path.join(dir, 'node_modules', name)))).toEqual([]);
    // Neither our workspace packages (inlined in dist/) nor the TypeScript runner, at any depth.
    const store = readdirSync(path.join(dir, 'node_modules', '.pnpm'));
    expect(store.filter((entry) => /^(@duda\+|tsx@|vitest@)/.test(entry))).toEqual([]);
  });

  it('each process applied the migrations it carries: the services their own, the gateway those it hosts', async () => {
    const { rows } = await db.pool.query<{ schema: string; applied: number }>(
      `SELECT service_schema AS schema, count(*)::int AS applied FROM duda_migrations.applied GROUP BY 1`,
    );
    const committed = (service: string) =>
      readdirSync(path.join(repoRoot, 'services', service, 'prisma', 'migrations')).length;
    // Each service its own, forms, performance and operations included; portal, not named in DUDA_SERVICE_URLS,
    // by the gateway.
    expect(Object.fromEntries(rows.map((r) => [r.schema, r.applied]))).toEqual({
      org: committed('org'),
      inspection: committed('inspection'),
      training: committed('training'),
      forms: committed('forms'),
      performance: committed('performance'),
      portal: committed('portal'),
      operations: committed('operations'),
    });
  });

  it('a person logs in through the gateway, and each service answers a real procedure', async () => {
    const gateway = running.get('gateway')!;
    const clerk = new GatewayClient(gateway.url);
    await clerk.login('hubin.clerk');
    const me = await clerk.query<{ roles: { orgName: string }[] }>('org.me');
    expect(me.data?.roles.map((r) => r.orgName)).toEqual(['湖滨营业厅']);
    expect((await clerk.query<unknown[]>('training.exams.mine')).data).toEqual([]);

    const supervisor = new GatewayClient(gateway.url);
    await supervisor.login('sc.sup');
    const dashboard = await supervisor.query<{ scope: { name: string } }>('inspection.dashboard', {
      month: '2026-11',
    });
    expect(dashboard.data?.scope.name).toBe('上城区分公司');
    // Forms and performance answer from their own processes: each area's first query (whatever the area has
    // today), forwarded by the gateway; a refusal of the input counts (the service checked it), an unreachable
    // service, an unknown procedure or a crash does not.
    for (const module of [formsModule, performanceModule]) {
      const [path] = Object.entries(module.procedures()).find(([, kind]) => kind === 'query')!;
      const answer = await supervisor.query(`${module.name}.${path}`, {});
      expect(answer.error?.data.code ?? 'OK', `${module.name}.${path}`).not.toMatch(
        /BAD_GATEWAY|NOT_FOUND|INTERNAL_SERVER_ERROR/,
      );
    }

    // Operations from its own process, calling org's for the hall: a hall manager registers a device in the
    // ledger (台账) and reads it back with the hall's name org gave.
    const manager = new GatewayClient(gateway.url);
    await manager.login('hubin.mgr');
    const hall = (await manager.query<{ roles: { orgNodeId: string }[] }>('org.me')).data!.roles[0]!;
    const registered = await manager.mutation<{ orgName: string }>('operations.devices.register', {
      orgNodeId: hall.orgNodeId,
      type: 'QUEUE_MACHINE',
      model: '叫号机 Q-200',
      assetNo: 'HB-Q-001',
      installedOn: '2026-11-02',
    });
    expect(registered.error, JSON.stringify(registered.error)).toBeUndefined();
    const ledger = await manager.query<{ items: { assetNo: string; orgName: string }[] }>(
      'operations.devices.list',
      { page: 1, pageSize: 20 },
    );
    expect(ledger.data?.items.map((d) => [d.assetNo, d.orgName])).toEqual([['HB-Q-001', '湖滨营业厅']]);
  }, 60_000);

  it('a pod’s start-up: with only the app role’s URL, a service and a gateway serve on the migrated database', async () => {
    const appOnly = { DATABASE_APP_URL: appConnection(db.url, { secret }).url, DUDA_SERVICE_SECRET: secret };
    const org = await startNode(dirOf('org'), NODE_TARGETS.org.entry, appOnly);
    let gateway: RunningNode | undefined;
    try {
      gateway = await startNode(dirOf('gateway'), NODE_TARGETS.gateway.entry, {
        ...appOnly,
        DUDA_COOKIE_SECRET: 'deployables-cookie-secret',
        DUDA_SERVICE_URLS: SERVICES.map((name) =>
          name === 'org' ? `org=${org.url}/trpc` : `${name}=${running.get(name)!.url}/trpc`,
        ).join(','),
        DUDA_UPLOADS_DIR: path.join(outDir, 'uploads'),
        DUDA_WEB_ROOT: path.join(outDir, 'no-front-ends'),
        DUDA_SEED: 'false',
      });
      const clerk = new GatewayClient(gateway.url);
      await clerk.login('hubin.clerk');
      const me = await clerk.query<{ roles: { orgName: string }[] }>('org.me');
      expect(me.data?.roles.map((r) => r.orgName)).toEqual(['湖滨营业厅']);
    } finally {
      await gateway?.stop();
      await org.stop();
    }
  }, 120_000);

  it('a pod’s start-up: with only the app role’s URL, a service refuses a database nobody migrated', async () => {
    const empty = await createTestDatabase([]);
    try {
      const { url } = await empty.asApp();
      await expect(
        startNode(dirOf('inspection'), NODE_TARGETS.inspection.entry, {
          DATABASE_APP_URL: url,
          DUDA_SERVICE_SECRET: secret,
          DUDA_UPLOADS_DIR: path.join(outDir, 'uploads'),
          DUDA_ORG_URL: `${running.get('org')!.url}/trpc`,
        }),
      ).rejects.toThrow(
        // Its last line is the refusal; its logger may have written the same error as a JSON line before it.
        /exited before it was ready:\n(?:.*\n)*inspection cannot start: Schema "inspection": migrations? .+ not applied;.* run the migrate job first/,
      );
    } finally {
      await empty.drop();
    }
  }, 120_000);

  it('each stops cleanly on SIGTERM, as the orchestrator stops it', async () => {
    const codes: Record<string, number | null> = {};
    expect([...STOP_ORDER].sort()).toEqual([...targets].sort());
    for (const target of STOP_ORDER) codes[target] = await running.get(target)!.stop();
    expect(codes, [...running.values()].map((r) => r.output()).join('\n')).toEqual(
      Object.fromEntries(STOP_ORDER.map((target) => [target, 0])),
    );
  });
});
