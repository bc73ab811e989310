/// <reference types="node" />
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { readPageAssets } from './page-assets.ts';
import { remotePageAssets } from './page-assets-plugin.ts';

function write(root: string, file: string, content: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

describe('remotePageAssets', () => {
  it("writes each routed page's chunk with what it imports statically, for nested and flat routes", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'duda-pages-'));
    try {
      write(root, 'src/shared.js', 'export const label = (x) => `«${x}»`;\n');
      write(
        root,
        'src/halls/HallsPage.js',
        "import { label } from '../shared.js';\nexport default label('halls');\n",
      );
      write(
        root,
        'src/perform/PerformPage.js',
        "import { label } from '../shared.js';\nexport default label('perform');\n",
      );
      write(root, 'src/perform/perform.css', '.perform { color: red }\n');
      write(root, 'src/perform/style.js', "import './perform.css';\nexport const styled = true;\n");
      write(
        root,
        'src/perform/PerformPageStyled.js',
        "import { styled } from './style.js';\nexport default styled;\n",
      );
      write(root, 'src/remote.js', "import { routes } from './routes.js';\nexport default { routes };\n");
      // As the federation's container entry: its shared libraries' import map, then the exposed module, on demand.
      write(root, 'src/localSharedImportMap.js', 'export const usedShared = {};\n');
      write(
        root,
        'src/entry.js',
        "export const get = () => import('./remote.js');\nglobalThis.get = get;\nglobalThis.shared = () => import('./localSharedImportMap.js');\n",
      );
      write(
        root,
        'src/routes.js',
        [
          'export const routes = [',
          "  { path: '', redirect: { name: 'x.halls' } },",
          "  { path: 'halls', name: 'x.halls', component: () => import('./halls/HallsPage.js') },",
          "  { path: 'inspections/:id', component: () => import('./perform/PerformPageStyled.js'), children: [",
          "    { path: 'perform', component: () => import('./perform/PerformPage.js') },",
          '  ] },',
          '];',
        ].join('\n'),
      );
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [remotePageAssets({ entryFile: 'remoteEntry.js', remoteModule: './src/remote.js' })],
        build: {
          outDir: 'dist',
          rollupOptions: {
            input: { remoteEntry: path.join(root, 'src/entry.js') },
            output: { entryFileNames: '[name].js' },
          },
        },
      });
      const { entry, pages } = readPageAssets(
        JSON.parse(readFileSync(path.join(root, 'dist', 'pages.json'), 'utf8')),
      );
      // The container entry, its shared libraries' import map, then the exposed module with the routes it imports.
      expect(entry.js[0]).toBe('remoteEntry.js');
      expect(entry.js).toHaveLength(3);
      expect(entry.js).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^assets\/localSharedImportMap-.+\.js$/),
          expect.stringMatching(/^assets\/remote-.+\.js$/),
        ]),
      );
      expect(pages.map((page) => page.path)).toEqual(['halls', 'inspections/:id', 'inspections/:id/perform']);
      const [halls, styled, perform] = pages;
      expect(halls!.js[0]).toMatch(/^assets\/HallsPage-.+\.js$/);
      // The chunk shared by both pages comes with each of them.
      const shared = halls!.js.slice(1);
      expect(shared).toHaveLength(1);
      expect(perform!.js).toEqual([expect.stringMatching(/^assets\/PerformPage-.+\.js$/), ...shared]);
      expect(styled!.css).toEqual([expect.stringMatching(/^assets\/.+\.css$/)]);
      expect(halls!.css).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
