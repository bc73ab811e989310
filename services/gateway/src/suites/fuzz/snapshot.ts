// What the services' tables hold, as a row count and the newest row version per table, to show that a
// refused call wrote nothing. Every table of every service schema counts, except what a refused call is
// meant to write.
import type { Pool } from '@duda/db';

interface Exclusion {
  /** `schema.Table` as PostgreSQL names it. */
  table: string;
  /** Leave the whole table out. */
  whole?: true;
  /** Leave these columns out. */
  columns?: readonly string[];
  /** Leave out the rows this SQL condition is true of. */
  rowsWhere?: string;
}

/**
 * Login bookkeeping, which refused and accepted calls alike write by design (and the fuzzing callers'
 * own requests write at every call):
 * - sessions are opened at login, touched by every signed-in request and revoked at logout;
 * - a refused login counts the failure against the account, its device or the guessed name (OWASP lockout),
 *   in the account's failure columns, the trusted-device rows and the name throttle;
 * - logins, failed logins and lockouts are audited (issue 9, item 1): a refused login leaves an audit row.
 * Every other audit row, account column and table counts.
 */
export const LOGIN_BOOKKEEPING: readonly Exclusion[] = [
  { table: 'org.Session', whole: true },
  { table: 'org.TrustedDevice', whole: true },
  { table: 'org.LoginThrottle', whole: true },
  { table: 'org.Account', columns: ['failedAttempts', 'lockedUntil', 'lastLoginAt', 'updatedAt'] },
  {
    table: 'org.AuditEntry',
    rowsWhere: `action NOT IN ('account.login', 'account.loginFailed', 'account.locked')`,
  },
];

/** Table → `rows:newest row version` (or `rows:hash` of the rows, where some columns are left out). */
export type Snapshot = ReadonlyMap<string, string>;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** Takes snapshots of every table of `schemas`, as one query. */
export async function snapshotter(
  pool: Pool,
  schemas: readonly string[],
  exclusions: readonly Exclusion[] = LOGIN_BOOKKEEPING,
): Promise<() => Promise<Snapshot>> {
  const { rows: tables } = await pool.query<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
     WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
    [schemas],
  );
  const byTable = new Map(exclusions.map((exclusion) => [exclusion.table, exclusion]));
  const parts = tables.flatMap(({ schema, name }) => {
    const table = `${schema}.${name}`;
    const exclusion = byTable.get(table);
    if (exclusion?.whole) return [];
    const where = exclusion?.rowsWhere ? `WHERE ${exclusion.rowsWhere}` : '';
    const from = `FROM ${quoted(schema)}.${quoted(name)} x ${where}`;
    // Every committed insert or update leaves a row version newer than any before (its xmin) and every
    // delete lowers the count: the two say whether anything was written, without reading the rows.
    if (!exclusion?.columns)
      return [
        `SELECT ${literal(table)} AS name, count(*) || ':' || coalesce(max(x.xmin::text::bigint), 0) AS state ${from}`,
      ];
    // Where some columns are left out, the rest of each row is compared.
    const columns = exclusion.columns.map(literal).join(', ');
    return [
      `SELECT ${literal(table)} AS name, count(*) || ':' || md5(coalesce(string_agg(r, E'\\n' ORDER BY r), '')) AS state
       FROM (SELECT (to_jsonb(x) - ARRAY[${columns}]::text[])::text AS r ${from}) rows`,
    ];
  });
  if (parts.length === 0) throw new Error(`no tables in the schemas ${schemas.join(', ')}`);
  const sql = parts.join('\nUNION ALL\n');
  // Every write, anywhere on the server, takes a transaction id first: while the next id to give out has not
  // moved, nothing was written, and the last snapshot stands without scanning every table again (most fuzzed
  // calls are refused and write nothing; the scan was most of the suite's time).
  let last: { nextXid: string; snapshot: Snapshot } | undefined;
  const nextXid = async () =>
    (await pool.query<{ next: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS next'))
      .rows[0]!.next;
  return async () => {
    const next = await nextXid();
    if (last?.nextXid === next) return last.snapshot;
    const { rows } = await pool.query<{ name: string; state: string }>(sql);
    const snapshot = new Map(rows.map((row) => [row.name, row.state]));
    // The id read before the scan: a write that lands during the scan moves it, and the next call scans again.
    last = { nextXid: next, snapshot };
    return snapshot;
  };
}

/** The tables whose rows differ between two snapshots. */
export const changedTables = (before: Snapshot, after: Snapshot): string[] =>
  [...new Set([...before.keys(), ...after.keys()])].filter((table) => before.get(table) !== after.get(table));
