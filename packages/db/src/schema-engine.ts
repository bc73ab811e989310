// Prisma's schema engine, compiled to WebAssembly, driven through the pg driver adapter. The stock
// `prisma migrate` CLI downloads a native engine at start-up, which cannot work offline (ADR 0003).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const require = createRequire(import.meta.url);

interface SchemaFile {
  path: string;
  content: string;
}
type DiffTarget =
  | { tag: 'empty' }
  | { tag: 'schemaDatamodel'; files: SchemaFile[] }
  | { tag: 'schemaDatasource'; files: SchemaFile[]; configDir: string };
interface SchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
}
// Node has WebAssembly at run time; TypeScript's ES libs do not describe it, so name what we use.
type WasmExports = Record<string, unknown>;
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: WasmExports };
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface EngineModule {
  __wbg_set_wasm(exports: WasmExports): void;
  SchemaEngine: {
    new: (
      options: { datamodels?: [string, string][] },
      log: (line: string) => void,
      adapter: object,
    ) => Promise<SchemaEngine>;
  };
}

let engineModule: Promise<EngineModule> | undefined;

// The engine reports a Rust panic through this global before trapping; keep the message for the error.
const panics: string[] = [];
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => panics.push(message),
};

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bindings = (await import(path.join(dir, 'schema_engine_bg.js'))) as EngineModule;
    const wasm = new wasmApi.Module(await readFile(path.join(dir, 'schema_engine_bg.wasm')));
    const instance = new wasmApi.Instance(wasm, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return engineModule;
}

// adapter-pg 7.10 cannot map PostgreSQL's internal one-byte `"char"` type (oid 18), which the engine's
// catalog queries select (constraint kinds, foreign-key actions). The pg client reports those columns as
// text so the adapter accepts them, and remembers where they were; the adapter wrapper then tells the
// engine they are characters, which is what it reads them as.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = new WeakMap<object, number[]>();

class CatalogClient extends pg.Client {
  override query(...args: unknown[]): never {
    const markChars = <T>(result: T) => {
      const r = result as { fields?: { dataTypeID: number }[]; rows?: object } | undefined;
      const indices: number[] = [];
      r?.fields?.forEach((field, i) => {
        if (field.dataTypeID !== CHAR_OID) return;
        field.dataTypeID = TEXT_OID;
        indices.push(i);
      });
      if (indices.length > 0 && r?.rows) charColumns.set(r.rows, indices);
      return result;
    };
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === 'function')
      args[last] = (error: unknown, result: unknown) => callback(error, markChars(result));
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return (returned instanceof Promise ? returned.then(markChars) : returned) as never;
  }
}

interface ResultSet {
  columnTypes: number[];
  rows: object;
}
type Queryable = { queryRaw(query: unknown): Promise<ResultSet> };

function typeCharColumns<T extends Queryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function catalogAwareFactory(url: string, schema: string) {
  const pool = new pg.Pool({ connectionString: url, Client: CatalogClient, max: 2 });
  const factory = new PrismaPg(pool, { schema });
  return {
    pool,
    adapterFactory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => typeCharColumns(await factory.connect()),
      connectToShadowDb: async () => typeCharColumns(await factory.connectToShadowDb()),
    },
  };
}

/**
 * SQL that turns the tables in `schema` of the database at `url` into what the Prisma schema describes;
 * an empty string when they already match.
 */
export async function diffDatabaseToPrismaSchema(options: {
  url: string;
  schema: string;
  prismaSchemaPath: string;
}): Promise<string> {
  const { SchemaEngine } = await loadEngineModule();
  const content = await readFile(options.prismaSchemaPath, 'utf8');
  const files = [{ path: options.prismaSchemaPath, content }];
  const { pool, adapterFactory } = catalogAwareFactory(options.url, options.schema);
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory as never);
  const engine = await SchemaEngine.new(
    { datamodels: [[options.prismaSchemaPath, content]] },
    () => undefined,
    adapter,
  );
  try {
    const result = await engine.diff({
      from: { tag: 'schemaDatasource', files, configDir: path.dirname(options.prismaSchemaPath) },
      to: { tag: 'schemaDatamodel', files },
      script: true,
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.exitCode === 2 ? (result.stdout ?? '').trim() : '';
  } catch (error) {
    const panic = panics.splice(0).join('\n');
    throw panic ? new Error(`Prisma schema engine panicked: ${panic}`) : error;
  } finally {
    engine.free();
    await pool.end();
  }
}
