// One portal service on a real PostgreSQL beside a real org service with the small test organisation, whose
// event subscribers (notifications and duties) the tests drive exactly as pg-boss does: the common ground of the
// notification and duty tests, which each built it for themselves before.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { database } from '../database.ts';
import { createPortalService, type PortalService } from '../module.ts';

type PortalOptions = Omit<Parameters<typeof createPortalService>[0], 'pool' | 'org' | 'now'>;

export interface PortalEventsFixture {
  /** The org service, its seeded organisation and its callers. */
  f: OrgFixture;
  service: PortalService;
  /** The portal router called as that person (a demo username or 工号). */
  as(username: string): Promise<ReturnType<PortalService['router']['createCaller']>>;
  personOf(username: string): string;
  /**
   * Hands an event to the portal's subscriber `name` (a notification's or a duty's) as pg-boss does: `id` is the
   * outbox row's, the same on every delivery; `attempt` counts them; it occurred at the clock's now.
   */
  deliver(name: string, id: string, payload: unknown, attempt?: number): Promise<void>;
  close(): Promise<void>;
}

/** `clock` is the test's own: the service reads it, and the test moves it. */
export async function portalEventsFixture(
  clock: { now: Date },
  options: PortalOptions = {},
): Promise<PortalEventsFixture> {
  const f = await orgFixture({ with: [database] });
  const service = createPortalService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => clock.now,
    ...options,
  });
  const subscriptions = [...service.notifications.subscriptions, ...service.duties.subscriptions];
  const subscription = (name: string) => {
    const found = subscriptions.find((s) => s.name === name);
    if (!found) throw new Error(`the portal has no subscriber ${name}`);
    return found;
  };
  return {
    f,
    service,
    as: async (username) => service.router.createCaller(await f.contextOf(username)),
    personOf: (username) => f.seeded.demoPeople[username]!.id,
    deliver: (name, id, payload, attempt = 1) =>
      subscription(name).deliver(
        {
          id,
          type: subscription(name).eventType,
          occurredAt: clock.now.toISOString(),
          payload: payload as never,
        },
        { subscriber: `portal.${name}`, attempt },
      ),
    close: async () => {
      await service.close();
      await f.close();
    },
  };
}
