// Ids of rows that exist, so fuzzed inputs name real halls, people and plans and reach past "not found": by
// table, and for each uuid field the tables its name points at (`templateId` → ChecklistTemplate, `id` of
// `plans.get` → InspectionPlan). The fuzzing callers' own rows are left out, so an accepted call never
// disables, resets or demotes the callers themselves and the run keeps its callers.
import type { Pool } from '@duda/db';
import type { FieldPath } from './zod-arbitrary.ts';

/** Enough of each table for variety; uuid fields also get random ids. */
const PER_TABLE = 100;

/** Words of field and procedure names that name a table by another word. */
const SYNONYMS: Readonly<Record<string, string>> = {
  people: 'person',
  inspector: 'person',
  hall: 'orgnode',
  district: 'orgnode',
  city: 'orgnode',
  org: 'orgnode',
  parent: 'orgnode',
};

async function tablesOf(pool: Pool, schemas: readonly string[]) {
  const { rows } = await pool.query<{ schema: string; name: string; hasId: boolean }>(
    `SELECT t.table_schema AS schema, t.table_name AS name,
            EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = t.table_schema
                    AND c.table_name = t.table_name AND c.column_name = 'id' AND c.data_type = 'uuid') AS "hasId"
     FROM information_schema.tables t
     WHERE t.table_schema = ANY($1) AND t.table_type = 'BASE TABLE' ORDER BY 1, 2`,
    [schemas],
  );
  return rows;
}

const from = (schema: string, name: string) => `"${schema}"."${name.replaceAll('"', '""')}"`;

/**
 * The callers themselves: the ids of the rows that name one of `personIds` (their person, account and role
 * rows), taken before anything else is created, when nothing else names them yet.
 */
export async function callerRows(pool: Pool, schemas: readonly string[], personIds: readonly string[]) {
  const own = new Set(personIds);
  for (const { schema, name } of (await tablesOf(pool, schemas)).filter((table) => table.hasId)) {
    const { rows } = await pool.query<{ id: string }>(
      `SELECT id::text AS id FROM ${from(schema, name)} x WHERE to_jsonb(x)::text ~ $1`,
      [personIds.join('|')],
    );
    for (const { id } of rows) own.add(id);
  }
  return own;
}

/**
 * Reads, each time it is called, table name → ids of its rows for every table of `schemas` with a uuid
 * `id`, except `excluded`.
 */
export async function idReader(pool: Pool, schemas: readonly string[], excluded: ReadonlySet<string>) {
  const parts = (await tablesOf(pool, schemas))
    .filter((table) => table.hasId)
    .map(
      ({ schema, name }) =>
        `(SELECT '${name.replaceAll("'", "''")}' AS name, id::text AS id FROM ${from(schema, name)} ORDER BY id LIMIT ${PER_TABLE})`,
    );
  const sql = parts.join(' UNION ALL ');
  return async () => {
    const byTable = new Map<string, string[]>();
    if (!sql) return byTable;
    const { rows } = await pool.query<{ name: string; id: string }>(sql);
    for (const { name, id } of rows) {
      if (excluded.has(id)) continue;
      byTable.set(name, [...(byTable.get(name) ?? []), id]);
    }
    return byTable;
  };
}

/** `planEntryId` → ['plan', 'entry']; `updatePerson` → ['update', 'person']. */
const wordsOf = (name: string) =>
  name
    .replace(/Ids?$/, '')
    .split(/(?=[A-Z])/)
    .map((word) => word.toLowerCase())
    .filter(Boolean);

const singular = (word: string) =>
  SYNONYMS[word] ?? SYNONYMS[word.replace(/s$/, '')] ?? word.replace(/s$/, '');

/** Contiguous runs of a table's words, joined: OrgNodeMove → org, node, move, orgnode, nodemove, orgnodemove. */
function runsOf(table: string) {
  const words = wordsOf(table);
  return words.flatMap((_, start) =>
    words.slice(start).map((__, length) => words.slice(start, start + length + 1).join('')),
  );
}

/** Tables a word names: those it ends the name of (OrgNode for `node`), else those it is a part of. */
function tablesNamed(tables: readonly string[], word: string) {
  const named = tables.filter((table) => runsOf(table).includes(word));
  const ending = named.filter((table) => table.toLowerCase().endsWith(word));
  return ending.length ? ending : named;
}

/**
 * The ids a uuid field most likely names: of the tables named by its key (the whole key, then its words
 * from the last), or for a bare `id` by the procedure's name and area (`admin.revokeRole` → RoleAssignment);
 * every id when nothing matches.
 */
export function idsFor(byTable: ReadonlyMap<string, readonly string[]>, procedure: string, field: FieldPath) {
  const key = [...field].reverse().find((step) => step !== '*') ?? 'id';
  const keyWords = key === 'id' || key === 'ids' ? [] : wordsOf(key);
  const procedureWords = procedure
    .split('.')
    .slice(1)
    .reverse()
    .flatMap((segment) => wordsOf(segment).reverse());
  const candidates = [keyWords.join(''), ...keyWords.reverse(), ...procedureWords]
    .filter(Boolean)
    .map(singular);
  const tables = [...byTable.keys()];
  for (const word of candidates) {
    const named = tablesNamed(tables, word);
    if (named.length) return named.flatMap((table) => byTable.get(table)!);
  }
  return [...byTable.values()].flat();
}
