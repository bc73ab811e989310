// The one line (or two) outside its own folders that wires a new area in: its policy into the authz table,
// its service module into the gateway's list, its probe table into the gateway's authorization matrix. Each
// edit finds a fixed anchor and fails loudly when the anchor has moved, so the generator never half-wires an area.
import { readFileSync } from 'node:fs';
import path from 'node:path';

async function edit(root, file, change, format) {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`new-area: could not wire ${file} (its anchor line changed)`);
  return [full, await format(full, after)];
}

/** Adds `import …` after the last import and `item` at the end of the `[ … ] as const` list on `listLine`. */
function addToList(source, importLine, listPattern, item) {
  const imports = [...source.matchAll(/^import .*;$/gm)];
  const last = imports.at(-1);
  if (!last) return source;
  const at = last.index + last[0].length;
  const withImport = `${source.slice(0, at)}\n${importLine}${source.slice(at)}`;
  // A list Prettier has broken over lines ends in a comma: the item goes after it, not after a second one.
  return withImport.replace(listPattern, (list, items) =>
    list.replace(items, `${items.replace(/,?\s*$/, '')}, ${item}`),
  );
}

/** The edited files as [path, content] pairs; the caller writes them with the area's own files. */
export async function wireArea(root, n, format) {
  return [
    await edit(
      root,
      'packages/authz/src/actions.ts',
      (source) =>
        addToList(
          source,
          `import { ${n.camel}Area } from './areas/${n.key}.ts';`,
          /const AREAS = \[([^\]]+)\] as const;/,
          `${n.camel}Area`,
        ),
      format,
    ),
    await edit(
      root,
      'services/gateway/src/modules.ts',
      (source) =>
        addToList(
          source,
          `import { ${n.camel}Module } from '${n.service}';`,
          /export const modules = \[([^\]]+)\] as const;/,
          `${n.camel}Module`,
        ),
      format,
    ),
    await edit(
      root,
      'services/gateway/src/suites/authorization/areas.ts',
      (source) =>
        addToList(
          source,
          `import { ${n.camel}Probes } from '${n.service}/testing/authz-probes';`,
          /export const areaProbes = \[([^\]]+)\] as const;/,
          `${n.camel}Probes`,
        ),
      format,
    ),
    await edit(
      root,
      'services/gateway/package.json',
      (source) => {
        const pkg = JSON.parse(source);
        // Beside the other services: the bundled gateway keeps workspace packages out of its dependencies.
        const field = pkg.devDependencies?.['@duda/service-org'] ? 'devDependencies' : 'dependencies';
        pkg[field][n.service] = 'workspace:*';
        pkg[field] = Object.fromEntries(Object.entries(pkg[field]).sort(([a], [b]) => a.localeCompare(b)));
        return `${JSON.stringify(pkg, null, 2)}\n`;
      },
      format,
    ),
  ];
}
