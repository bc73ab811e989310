// The domain services behind the gateway, one line each. A new area is its own folders plus one line here:
// router, configuration names, migrations, readiness, demo data and HTTP extras all follow from this list.
import { inspectionModule } from '@duda/service-inspection';
import { orgModule } from '@duda/service-org';
import type { InstanceOf, RouterOf, SeedOf } from '@duda/service-kit';
import { trainingModule } from '@duda/service-training';
import { portalModule } from '@duda/service-portal';
import { formsModule } from '@duda/service-forms';
import { performanceModule } from '@duda/service-performance';
import { operationsModule } from '@duda/service-operations';

export const modules = [
  orgModule,
  inspectionModule,
  trainingModule,
  portalModule,
  formsModule,
  performanceModule,
  operationsModule,
] as const;

export type GatewayModule = (typeof modules)[number];
export type ServiceName = GatewayModule['name'];
export const serviceNames: readonly ServiceName[] = modules.map((m) => m.name);

/** Each service's router under its name: what `AppRouter` is made of. */
export type ServiceRouters = { [M in GatewayModule as M['name']]: RouterOf<M> };
/** The services this process runs itself (the others run in their own processes). */
export type LocalServices = { [M in GatewayModule as M['name']]?: InstanceOf<M> };
/** What each service's demo seed step handed over, by service name. */
export type SeededData = { [M in GatewayModule as M['name']]: SeedOf<M> };

type SeedNeeds<M> = M extends { seed?: { run(service: never, seeded: infer N, now: Date): unknown } }
  ? N
  : never;
/** Modules whose seed step needs something the other steps do not hand over (by name: what it needs). */
type UnmetSeedNeeds = {
  [M in GatewayModule as SeededData extends SeedNeeds<M> ? never : M['name']]: SeedNeeds<M>;
};
// Fails to compile, naming the module, when a step reads a field no earlier step hands over.
export const seedHandOverChecked: keyof UnmetSeedNeeds extends never ? true : UnmetSeedNeeds = true;
