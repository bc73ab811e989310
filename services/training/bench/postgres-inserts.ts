// PostgreSQL's own single-row insert rate on this machine, the ceiling any save path sits under (pgbench is not
// installed; this is its simple-insert workload): `connections` clients each insert one answer-sized row per
// statement, autocommitted, into a scratch table, for `seconds`.
import { performance } from 'node:perf_hooks';
import { createPool } from '@duda/db';

export async function postgresInsertRate(url: string, connections: number, seconds: number) {
  const pool = createPool(url, connections + 1);
  await pool.query(
    `CREATE TABLE bench_insert (id bigserial PRIMARY KEY, attempt uuid NOT NULL, slot int NOT NULL,
       response jsonb NOT NULL, seq int NOT NULL, saved_at timestamptz NOT NULL)`,
  );
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const client = async () => {
    const c = await pool.connect();
    let seq = 0;
    while (performance.now() < until) {
      const leftAt = performance.now();
      await c.query(
        'INSERT INTO bench_insert (attempt, slot, response, seq, saved_at) VALUES (gen_random_uuid(), $1, $2, $3, now())',
        [(seq % 50) + 1, JSON.stringify({ type: 'SINGLE_CHOICE', choice: 'B' }), seq++],
      );
      latencies.push(performance.now() - leftAt);
    }
    c.release();
  };
  await Promise.all(Array.from({ length: connections }, client));
  const elapsed = (performance.now() - started) / 1000;
  await pool.query('DROP TABLE bench_insert');
  await pool.end();
  return { rowsPerSecond: latencies.length / elapsed, latencies };
}
