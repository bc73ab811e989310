// Migrations alone, as the owner role (ADR 0012, ADR 0015): every service's pending migrations, the app role
// provisioned (or the one of DATABASE_APP_URL granted) and pg-boss installed for it. What the gateway does at
// start-up before it builds any service, without building them: the Kubernetes migration Job runs this once
// before a rollout, so no replica migrates while others of the old version still serve.
import { prepareDatabase, type AppConnectionOptions } from '@duda/db';
import { installEvents } from '@duda/events';
import { modules } from './modules.ts';

export async function migrateAll(
  ownerUrl: string,
  options: AppConnectionOptions & { onApplied?: (schema: string, applied: string[]) => void },
): Promise<{ role: string }> {
  const { role } = await prepareDatabase(
    ownerUrl,
    modules.map((m) => m.database),
    {
      ...options,
      ...(modules.some((m) => m.events) ? { withOwner: installEvents } : {}),
    },
  );
  return { role };
}
