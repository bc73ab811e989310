// The platform as several replicas on one machine: two processes of each service and two gateways, each
// pair behind its own nginx address, all on one shared PostgreSQL. The gateways call the services through
// nginx too, so a service replica can go away as a gateway replica can.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formsModule } from '@duda/service-forms';
import { inspectionModule } from '@duda/service-inspection';
import { inspectionFixture, type InspectionFixture } from '@duda/service-inspection/testing';
import { serviceUrlVariable } from '@duda/service-kit/server';
import { operationsModule } from '@duda/service-operations';
import { performanceModule } from '@duda/service-performance';
import { trainingModule } from '@duda/service-training';
import { balancedPorts, startNginx, type Balanced, type RunningNginx } from './nginx.ts';
import { freePort, startReplica, type Replica } from './processes.ts';

/** The services that run on their own, each as two processes; package folder by service name. */
const SERVICES = {
  org: 'services/org',
  inspection: 'services/inspection',
  training: 'services/training',
  forms: 'services/forms',
  performance: 'services/performance',
  operations: 'services/operations',
};
type ServiceName = keyof typeof SERVICES;
/** The services each one calls (its module's `calls`); org calls none. */
const CALLS: Record<ServiceName, readonly string[]> = {
  org: [],
  inspection: inspectionModule.calls,
  training: trainingModule.calls,
  forms: formsModule.calls,
  performance: performanceModule.calls,
  operations: operationsModule.calls,
};
const SERVICE_NAMES = Object.keys(SERVICES) as ServiceName[];
const GATEWAY = 'services/gateway';

export interface Cluster {
  /** The test database with the small organisation and the city's standards (the inspection fixture). */
  fixture: InspectionFixture;
  nginx: RunningNginx;
  /** What people reach: nginx in front of the two gateways. */
  url: string;
  /** The two gateway replicas, as started (a restarted one is put back in its place). */
  gateways: Replica[];
  services: Record<ServiceName, Replica[]>;
  /** The warnings and errors every process started so far has logged (pino levels 40 and up): a failure's cause. */
  problemsLogged(): string[];
  /** Starts gateway `index` again on its port (after it was stopped). */
  restartGateway(index: number): Promise<Replica>;
  /**
   * Puts the cluster back as it started: every stopped gateway running again and none taken out of nginx, so a
   * check that failed halfway through a restart does not leave the next check one replica short.
   */
  restore(): Promise<void>;
  stop(): Promise<void>;
}

const pairOfPorts = async () => [await freePort(), await freePort()];

export async function startCluster(): Promise<Cluster> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-replicas-'));
  const started: Replica[] = [];
  let nginx: RunningNginx | undefined;
  let fixture: InspectionFixture | undefined;
  const stop = async () => {
    await Promise.all(started.map((r) => r.stop(5_000)));
    await nginx?.stop(2_000);
    await fixture?.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    fixture = await inspectionFixture();
    // The check's processes bring their own connections; the fixture's in-process services are not needed.
    const ports = { gateway: await pairOfPorts() } as Record<ServiceName | 'gateway', number[]>;
    for (const name of SERVICE_NAMES) ports[name] = await pairOfPorts();
    const balanced = { gateway: await balancedPorts('gateways', ports.gateway) } as Record<
      ServiceName | 'gateway',
      Balanced
    >;
    for (const name of SERVICE_NAMES) balanced[name] = await balancedPorts(name, ports[name]);
    nginx = await startNginx(path.join(dir, 'nginx'), Object.values(balanced));
    const via = (name: string) => `http://127.0.0.1:${balanced[name as ServiceName].port}/trpc`;
    const common = {
      DATABASE_URL: fixture.db.url,
      DUDA_SERVICE_SECRET: 'replicas-service-secret',
      // Photos and knowledge-base files: one folder every replica reads and writes (a shared volume).
      DUDA_UPLOADS_DIR: path.join(dir, 'uploads'),
    };
    // Each reaches the services its module calls through their nginx address (DUDA_<NAME>_URL).
    const serviceEnv = (name: ServiceName) => ({
      ...common,
      ...Object.fromEntries(CALLS[name].map((called) => [serviceUrlVariable(called), via(called)])),
    });
    const gatewayEnv = {
      ...common,
      DUDA_SERVICE_URLS: SERVICE_NAMES.map((s) => `${s}=${via(s)}`).join(','),
      // The same cookie secret on every replica: a session cookie or CSRF token one signs, the other reads.
      DUDA_COOKIE_SECRET: 'replicas-cookie-secret',
      DUDA_TRUST_PROXY: 'true',
      DUDA_WEB_ROOT: path.join(dir, 'no-front-ends'),
      DUDA_SEED: 'false',
      // The check logs in and calls from one address and a few sessions, many times a second.
      DUDA_LOGIN_RATE_PER_MINUTE: '1000',
      DUDA_API_RATE_PER_MINUTE: '100000',
    };
    const start = async (name: string, port: number, env: Record<string, string>) => {
      const replica = await startReplica(name, port, env);
      started.push(replica);
      return replica;
    };
    const [services, gateways] = await Promise.all([
      Promise.all(
        SERVICE_NAMES.map(
          async (name) =>
            [
              name,
              await Promise.all(ports[name].map((port) => start(SERVICES[name], port, serviceEnv(name)))),
            ] as const,
        ),
      ),
      Promise.all(ports.gateway.map((port) => start(GATEWAY, port, gatewayEnv))),
    ]);
    return {
      fixture,
      nginx,
      url: `http://127.0.0.1:${balanced.gateway.port}`,
      gateways,
      services: Object.fromEntries(services) as Record<ServiceName, Replica[]>,
      problemsLogged: () =>
        started.flatMap((replica) =>
          replica
            .output()
            .split('\n')
            .filter((line) => /"level":[4-6]\d/.test(line))
            .map((line) => `${replica.name}:${replica.port} ${line}`),
        ),
      restartGateway: async (index) => {
        gateways[index] = await start(GATEWAY, ports.gateway[index]!, gatewayEnv);
        return gateways[index];
      },
      restore: async () => {
        await Promise.all(
          gateways.map(async (gateway, index) => {
            if (gateway.child.exitCode === null && gateway.child.signalCode === null) return;
            gateways[index] = await start(GATEWAY, ports.gateway[index]!, gatewayEnv);
          }),
        );
        await nginx!.setDown([]);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
