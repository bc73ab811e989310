// How the gateway's start-up reaches its database (ADR 0015). On Kubernetes a gateway pod holds the app role's
// URL only (DATABASE_APP_URL, no DATABASE_URL): the migrate Job migrated, provisioned and installed pg-boss as the
// owner, so the pod starts no embedded server, changes nothing, and checks that every migration it ships is
// applied. Anywhere else (npm start, compose, tests) DATABASE_URL or the embedded server is the owner, as before.
type Env = Record<string, string | undefined>;

/** The app role's URL when this process only checks the migrations, else undefined (it migrates as the owner). */
export function checkOnlyAppUrl(env: Env = process.env): string | undefined {
  return !env.DATABASE_URL && env.DATABASE_APP_URL ? env.DATABASE_APP_URL : undefined;
}
