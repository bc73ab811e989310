// The official JSON-Schema-Test-Suite (draft 2020-12: the core tests and the optional format tests of the formats
// forms use) against the exact validator configuration of the service (ajv.ts). The suite's files are kept in
// json-schema-test-suite/ (see its README.md for the commit); the cases ajv does not pass are listed with their
// reasons in json-schema-skipped.ts, and must keep failing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAjv } from './ajv.ts';
import { SKIPPED } from './json-schema-skipped.ts';

const suite = fileURLToPath(new URL('./json-schema-test-suite/', import.meta.url));
const tests = path.join(suite, 'tests', 'draft2020-12');
const FORMATS_USED = ['date.json', 'uuid.json', 'time.json', 'date-time.json'];

interface Group {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

const files = [
  ...readdirSync(tests).filter((name) => name.endsWith('.json')),
  ...FORMATS_USED.map((name) => `optional/format/${name}`),
];

/** The suite's remote schemas, served to the validator at the address the tests use (localhost:1234). */
function remotes(dir: string, base = ''): [string, object][] {
  return readdirSync(dir).flatMap((name): [string, object][] => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return remotes(file, `${base}${name}/`);
    return [[`http://localhost:1234/${base}${name}`, JSON.parse(readFileSync(file, 'utf8')) as object]];
  });
}
const remoteSchemas = remotes(path.join(suite, 'remotes'));

const skipped = new Set(SKIPPED.flatMap((group) => group.cases));

function validatorFor(schema: unknown) {
  const ajv = createAjv({ logger: false });
  for (const [id, remote] of remoteSchemas) {
    // A remote for another draft (its own $schema) is not one these tests reach; ajv refuses to register some.
    try {
      ajv.addSchema(remote, id);
    } catch {
      continue;
    }
  }
  return ajv.compile(schema as object);
}

/** Whether the validator gets the case right; a validator that throws gets it wrong. */
function passes(validate: (data: unknown) => boolean, data: unknown, valid: boolean): boolean {
  try {
    return validate(data) === valid;
  } catch {
    return false;
  }
}

describe.each(files)('JSON-Schema-Test-Suite draft 2020-12: %s', (file) => {
  const groups = JSON.parse(readFileSync(path.join(tests, file), 'utf8')) as Group[];
  for (const group of groups) {
    const groupKey = `${file} › ${group.description}`;
    it(group.description, () => {
      let validate: (data: unknown) => boolean;
      try {
        validate = validatorFor(group.schema);
      } catch (error) {
        expect(skipped.has(groupKey), `${groupKey} does not compile: ${String(error)}`).toBe(true);
        return;
      }
      expect(skipped.has(groupKey), `${groupKey} compiles now: take it off the skipped list`).toBe(false);
      for (const test of group.tests) {
        const key = `${groupKey} › ${test.description}`;
        const ok = passes(validate, test.data, test.valid);
        expect(ok, ok ? `${key} passes now: take it off the skipped list` : `${key} fails`).toBe(
          !skipped.has(key),
        );
      }
    });
  }
});

describe('the skipped list', () => {
  it('names only cases of the suite, each once', () => {
    const all = SKIPPED.flatMap((group) => group.cases);
    expect(new Set(all).size).toBe(all.length);
    const known = new Set(
      files.flatMap((file) =>
        (JSON.parse(readFileSync(path.join(tests, file), 'utf8')) as Group[]).flatMap((group) => [
          `${file} › ${group.description}`,
          ...group.tests.map((test) => `${file} › ${group.description} › ${test.description}`),
        ]),
      ),
    );
    expect(all.filter((key) => !known.has(key))).toEqual([]);
  });
});
