#!/usr/bin/env node
// `pnpm new-area <key> --zh <中文名> --en "<English name>"`: a new supervision area in the platform's shape —
// its contract package, its service (module descriptor, Prisma schema, first migration, router, seed step,
// tests, its rows of the authorization matrix, its own process: standalone.ts, build, start), its remote
// (presentation, menu, a list page, tests), its authorization policy — wired into the authz table, the
// gateway's module list and its authorization matrix.
// Then `pnpm install` and `pnpm turbo run typecheck test`. It prints what is left to ship the service as its own
// deployable (image, compose, Kubernetes: ship-alone.mjs), which a team does when the area has its own load.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { areaNames } from './names.mjs';
import { appFiles } from './templates/app.mjs';
import { authzArea } from './templates/authz.mjs';
import { contractFiles } from './templates/contract.mjs';
import { nextServicePort } from './templates/deployable.mjs';
import { serviceFiles } from './templates/service.mjs';
import { shipAloneChecklist } from './ship-alone.mjs';
import { wireArea } from './wiring.mjs';

const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The dev server ports remotes already use; the new one takes the next free one from 5174. */
function nextRemotePort(root) {
  const used = readdirSync(path.join(root, 'apps'))
    .map((dir) => path.join(root, 'apps', dir, 'vite.config.ts'))
    .filter(existsSync)
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/port: (\d{4})/g)].map((m) => Number(m[1])));
  return Math.max(5173, ...used) + 1;
}

/** The port the new service listens on alone: after those the services' standalone.ts files name. */
const servicePort = (root) =>
  nextServicePort(
    readdirSync(path.join(root, 'services'))
      .map((dir) => path.join(root, 'services', dir, 'src', 'standalone.ts'))
      .filter(existsSync)
      .map((file) => readFileSync(file, 'utf8')),
  );

/** `20261201093000`: the first migration's folder name, as `duda-db migration` would write it. */
const migrationStamp = (now) => now.toISOString().replace(/\D/g, '').slice(0, 14);

/** Written in the repository's Prettier style, so the first diff a team makes is theirs. */
async function formatted(target, content) {
  const prettier = await import('prettier');
  const { inferredParser } = await prettier.getFileInfo(target);
  if (!inferredParser) return content;
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(content, { ...options, filepath: target });
}

/** Every file of the area, formatted, before anything is written: a failure leaves the repository as it was. */
async function render(root, trees) {
  const files = [];
  for (const [folder, tree] of trees) {
    for (const [file, content] of Object.entries(tree)) {
      const target = path.join(root, folder, file);
      files.push([target, await formatted(target, content)]);
    }
  }
  return files;
}

export async function createArea({ root = defaultRoot, key, title, now = new Date() }) {
  const n = areaNames(key);
  if (!title['zh-CN'] || !title.en) throw new Error('new-area: give the area a title in both languages');
  const folders = [`packages/contract-${key}`, `services/${key}`, `apps/${key}`];
  const taken = folders.find((folder) => existsSync(path.join(root, folder)));
  if (taken) throw new Error(`new-area: ${taken} already exists`);
  const policy = path.join(root, 'packages/authz/src/areas', `${key}.ts`);
  if (existsSync(policy)) throw new Error(`new-area: ${path.relative(root, policy)} already exists`);

  const port = servicePort(root);
  const files = await render(root, [
    [folders[0], contractFiles(n, title)],
    [folders[1], serviceFiles(n, title, migrationStamp(now), port)],
    [folders[2], appFiles(n, title, nextRemotePort(root))],
    ['packages/authz/src/areas', { [`${key}.ts`]: authzArea(n, title) }],
  ]);
  const wiring = await wireArea(root, n, formatted);
  for (const [target, content] of [...files, ...wiring]) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { names: n, port, folders: [...folders, path.relative(root, policy)] };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { zh: { type: 'string' }, en: { type: 'string' }, root: { type: 'string' } },
  });
  const [key] = positionals;
  if (!key || !values.zh || !values.en) {
    console.error(
      'usage: pnpm new-area <key> --zh <中文名> --en "<English name>"   e.g. training --zh 培训与考试 --en "Training and exams"',
    );
    process.exit(2);
  }
  try {
    const { names, port, folders } = await createArea({
      root: values.root ?? defaultRoot,
      key,
      title: { 'zh-CN': values.zh, en: values.en },
    });
    console.log(
      `Created ${folders.join(', ')}; wired into packages/authz/src/actions.ts, services/gateway/src/modules.ts and services/gateway/src/suites/authorization/areas.ts.`,
    );
    console.log(
      `Next: pnpm install && pnpm turbo run typecheck test --filter ${names.contract} --filter ${names.service} --filter ${names.app}`,
    );
    console.log(`\n${shipAloneChecklist(names, port)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
