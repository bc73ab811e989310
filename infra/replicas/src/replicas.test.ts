// Stateless, proven on one machine: two gateways and two processes of each service behind nginx, one
// PostgreSQL. What a person does through one replica holds through the other, a scheduled job runs once
// for both, and a replica restarted under load loses no request.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReplicaClient } from './client.ts';
import { startCluster, type Cluster } from './cluster.ts';
import { LiveStream } from './live-stream.ts';
import { steadyLoad } from './load.ts';

const OVERDUE_JOB = 'inspection.mark-overdue-orders';
/** The portal's live stream of notifications (@duda/contract-portal). */
const NOTIFICATION_STREAM_PATH = '/api/portal/notifications/stream';

const until = async (check: () => Promise<boolean>, what: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('two replicas of everything behind nginx', () => {
  let cluster: Cluster;
  const sql = <T extends object>(text: string, values: unknown[] = []) =>
    cluster.fixture.db.pool.query<T>(text, values).then((r) => r.rows);
  const jobRuns = async () =>
    (await sql<{ n: number }>('SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1', [OVERDUE_JOB]))[0]!
      .n;

  beforeAll(async () => {
    cluster = await startCluster();
    // The hourly overdue marking, made to fire within the check: every minute from now on, and the schedule
    // looked at again at the next check either inspection process makes (each looks every 30 seconds).
    await sql(`UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = $1`, [OVERDUE_JOB]);
    await sql('UPDATE pgboss.version SET cron_on = NULL');
  });
  // Each check starts from the whole cluster, whatever the one before it stopped (and did not get to restart).
  afterEach(() => cluster?.restore());
  afterAll(() => cluster?.stop());

  it('keeps a person signed in on the other replica: session, cookie and CSRF token are not the replica’s', async () => {
    const [a, b] = cluster.gateways;
    const person = new ReplicaClient(a!.url);
    await person.login('hubin.mgr');
    expect((await person.query<{ person: { name: string } }>('org.me')).data?.person.name).toBe('李娜');

    person.target = b!.url;
    expect((await person.query<{ person: { name: string } }>('org.me')).data?.person.name).toBe('李娜');
    // A mutation through B with the CSRF token A issued, then signed out through B: A no longer knows them once
    // the sign-out is announced — each org process keeps the sessions it has read (ADR 0031).
    expect((await person.mutation('auth.logout')).status).toBe(200);
    person.target = a!.url;
    await until(
      async () => (await person.query('org.me')).status === 401,
      'A refuses the session signed out through B',
      2_000,
    );
  });

  it('reads and continues through one replica a draft autosaved through the other', async () => {
    const [a, b] = cluster.gateways;
    const manager = new ReplicaClient(a!.url);
    await manager.login('hubin.mgr');
    const hall = cluster.fixture.hall('HZ-SC-01');
    const started = await manager.mutation<{ id: string }>('inspection.inspections.start', {
      clientKey: crypto.randomUUID(),
      hallId: hall.id,
      kind: 'DAILY',
    });
    const id = started.data!.id;
    const draft = { id, results: [{ itemCode: 'R02', outcome: 'PASS', note: '门头整洁', photoIds: [] }] };
    expect(
      (await manager.mutation('inspection.inspections.saveDraft', { ...draft, revision: 0 })).data,
    ).toMatchObject({
      revision: 1,
    });

    manager.target = b!.url;
    const read = await manager.query<{ draftRevision: number; results: unknown[] }>(
      'inspection.inspections.get',
      {
        id,
      },
    );
    expect(read.data).toMatchObject({ draftRevision: 1, results: [{ itemCode: 'R02', note: '门头整洁' }] });
    const saved = await manager.mutation('inspection.inspections.saveDraft', {
      ...draft,
      revision: 1,
      summary: '早班',
    });
    expect(saved.data).toMatchObject({ revision: 2 });

    manager.target = a!.url;
    const again = await manager.query('inspection.inspections.get', { id });
    expect(again.data).toMatchObject({ draftRevision: 2, summary: '早班' });
  });

  it('restarts a gateway under steady load without losing a request, finishing the ones it held', async () => {
    const people = ['hubin.mgr', 'sc.sup', 'xh.sup', 'city.sup'];
    const clients = await Promise.all(
      people.map(async (username) => {
        const client = new ReplicaClient(cluster.url);
        await client.login(username);
        return client;
      }),
    );
    // The district supervisor autosaves a visit as the form does: a write every other turn, each on the
    // revision the last one returned (a write lost or applied twice would answer 409 from then on).
    const supervisor = clients[1]!;
    const visit = await supervisor.mutation<{ id: string }>('inspection.inspections.start', {
      clientKey: crypto.randomUUID(),
      hallId: cluster.fixture.hall('HZ-SC-01').id,
      kind: 'MONTHLY_VISIT',
      templateId: cluster.fixture.templates.standardId,
    });
    let revision = 0;
    const autosave = async () => {
      const saved = await supervisor.mutation<{ revision: number }>('inspection.inspections.saveDraft', {
        id: visit.data!.id,
        revision,
        results: [{ itemCode: 'A01', outcome: 'PASS', note: `第 ${revision + 1} 次保存`, photoIds: [] }],
      });
      if (saved.data) revision = saved.data.revision;
      return saved;
    };
    const load = steadyLoad(
      clients.map((client) => async (turn) => {
        if (turn % 2 === 0) return client.query('org.me');
        if (client === supervisor) return autosave();
        return client.query('inspection.inspections.tasks');
      }),
      20,
    );
    await new Promise((r) => setTimeout(r, 1_500));

    // A rollout takes the replica out of the balancer first, as Kubernetes takes a stopping pod out of its
    // Service (nginx lets what it passed on finish). Then three sign-ins sent to gateway A itself are held
    // there, the org service checking the passwords, while A is told to stop: it answers them, then exits.
    const [a] = cluster.gateways;
    await cluster.nginx.setDown([a!.port]);
    const orgLogins = async () =>
      (await cluster.nginx.accessLog()).filter((line) => line.includes('identity.login')).length;
    const before = await orgLogins();
    const held = Array.from({ length: 3 }, () => new ReplicaClient(a!.url).login('nanxing.mgr'));
    await until(async () => (await orgLogins()) >= before + 3, 'gateway A is waiting on the three sign-ins');
    const exitCode = await a!.stop();
    expect(exitCode).toBe(0);
    const heldAnswers = await Promise.allSettled(held);
    // One string, so a failure's first line shows every answer with its reason (an array's is cut short).
    expect(
      heldAnswers.map((r) => (r.status === 'fulfilled' ? r.value.status : String(r.reason))).join(' | '),
      cluster.problemsLogged().join('\n'),
    ).toBe('200 | 200 | 200');

    const restarted = await cluster.restartGateway(0);
    await cluster.nginx.setDown([]);
    const restartedAt = load.answers().length;
    const logged = (await cluster.nginx.accessLog()).length;
    await until(
      async () =>
        (await cluster.nginx.accessLog())
          .slice(logged)
          .some((line) => line.includes(`"127.0.0.1:${restarted.port}" "200"`)),
      'nginx sends requests to the restarted gateway again',
    );
    const answers = await load.stop();

    expect(answers.length - restartedAt).toBeGreaterThan(0);
    // The failed answers as one string, so the assertion's first line names each one's status, caller and cause;
    // what the processes logged meanwhile follows it.
    const failed = answers
      .filter((a) => a.status !== 200)
      .map((a) => `${a.status} to caller ${a.caller} at ${a.sentAt} ms: ${a.detail}`);
    expect(failed.join(' | '), cluster.problemsLogged().join('\n')).toBe('');
    expect(answers.length).toBeGreaterThan(100);
    const saves = answers.filter((a) => a.caller === 1).length / 2;
    expect(revision).toBeGreaterThanOrEqual(Math.floor(saves));
  });

  it('keeps a live notification stream going when its gateway stops: the page reconnects through nginx to the other', async () => {
    const author = new ReplicaClient(cluster.url);
    await author.login('sc.sup');
    const leader = new ReplicaClient(cluster.url);
    await leader.login('leader');
    const stream = new LiveStream(author, NOTIFICATION_STREAM_PATH);
    await stream.waitFor(() => stream.named('unread').length > 0, 'the stream is open');

    // Next month's plan, sent back by the leader: its author is told (a notification raised by the portal
    // from inspection.plan.rejected, fanned out to every gateway through PostgreSQL).
    const now = new Date();
    const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
      .toISOString()
      .slice(0, 7);
    const plan = await author.mutation<{ id: string }>('inspection.plans.create', {
      scopeOrgId: cluster.fixture.district('HZ-SC').id,
      month,
    });
    const id = plan.data!.id;
    await author.mutation('inspection.plans.saveEntries', {
      id,
      entries: [
        {
          hallId: cluster.fixture.hall('HZ-SC-01').id,
          kind: 'MONTHLY_VISIT',
          templateId: cluster.fixture.templates.standardLine,
          inspectorIds: [cluster.fixture.seeded.demoPeople['sc.sup']!.id],
          plannedDate: `${month}-08`,
        },
      ],
    });
    const reject = async (comment: string) => {
      expect(
        (await author.mutation('inspection.plans.transition', { id, command: { type: 'SUBMIT' } })).status,
      ).toBe(200);
      const rejected = await leader.mutation('inspection.plans.transition', {
        id,
        command: { type: 'REJECT', comment },
      });
      expect(rejected.status).toBe(200);
    };
    await reject('请补充复查安排');
    await stream.waitFor(() => stream.named('notification').length === 1, 'the first notice arrives');

    // The replica holding the stream stops; the page comes back through nginx to the other one.
    const holder = cluster.gateways.find((g) => stream.upstreams[0] === `127.0.0.1:${g.port}`)!;
    expect(await holder.stop(10_000)).toBe(0);
    await author.mutation('inspection.plans.transition', { id, command: { type: 'REVISE' } });
    await reject('复查日期请提前');
    await stream.waitFor(
      () => stream.named('notification').length === 2,
      'the second notice arrives',
      45_000,
    );
    await stream.close();

    expect(stream.upstreams).toHaveLength(2);
    expect(stream.upstreams[1]).not.toBe(stream.upstreams[0]);
    const ids = stream.named('notification').map((e) => Number(e.id));
    expect(ids[1]).toBeGreaterThan(ids[0]!);
  });

  it('runs a scheduled job once, though both inspection processes run the schedules', async () => {
    await until(async () => (await jobRuns()) > 0, 'the overdue marking has been queued', 45_000);
    // No further firing from here on: whatever more is queued would be the same firing twice.
    await sql(`UPDATE pgboss.schedule SET cron = '0 0 1 1 *' WHERE name = $1`, [OVERDUE_JOB]);
    await until(
      async () =>
        (await sql('SELECT 1 FROM pgboss.job WHERE name = $1 AND state = $2', [OVERDUE_JOB, 'completed']))
          .length > 0,
      'the overdue marking has run',
    );
    await sql('UPDATE pgboss.version SET cron_on = NULL');
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await jobRuns()).toBe(1);
    expect(cluster.services.inspection.every((p) => p.child.exitCode === null)).toBe(true);
  });
});
