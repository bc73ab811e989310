// apps/<area>: the area's remote, loaded by the shell at run time; its presentation, menu and first list page.

export const appFiles = (n, title, port) => ({
  'package.json': `${JSON.stringify(
    {
      name: n.app,
      version: '0.1.0',
      private: true,
      description: `${title.en} remote (${title['zh-CN']})`,
      type: 'module',
      scripts: {
        dev: 'vite --configLoader runner',
        build: 'vite build --configLoader runner',
        test: 'vitest run --configLoader runner',
        typecheck: 'vue-tsc --noEmit',
        lint: 'eslint .',
      },
      dependencies: {
        '@duda/api-client': 'workspace:*',
        [n.contract]: 'workspace:*',
        '@duda/federation': 'workspace:*',
        '@duda/month': 'workspace:*',
        '@duda/ui': 'workspace:*',
        '@tanstack/vue-query': 'catalog:',
        vue: 'catalog:',
        'vue-i18n': 'catalog:',
        'vue-router': 'catalog:',
      },
      devDependencies: {
        '@duda/gateway': 'workspace:*',
        '@duda/standalone': 'workspace:*',
        '@duda/tooling': 'workspace:*',
        '@vue/test-utils': 'catalog:',
        'happy-dom': 'catalog:',
        vite: 'catalog:',
        vitest: 'catalog:',
        'vue-tsc': 'catalog:',
      },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `{
  "extends": "@duda/tooling/tsconfig/web.json",
  "include": ["src", "*.ts"]
}
`,
  'vite.config.ts': `import { remoteViteConfig } from '@duda/federation/presets';
import { defineConfig } from 'vite';
import { presentation } from './src/presentation.ts';

// Built: a remote served by the gateway under /remotes/${n.key}/ and listed at /api/remotes.
export default defineConfig(remoteViteConfig({ presentation, remoteModule: './src/remote.ts', port: ${port} }));
`,
  'vitest.config.ts': `import { appVitestConfig } from '@duda/federation/presets';

// Files share their workers, but for those that replace a module, which run isolated (presets.ts).
export default appVitestConfig('app-${n.key}', {}, import.meta.dirname);
`,
  'README.md': `# ${n.app}

The ${title.en} remote (${title['zh-CN']}): the pages of the area, loaded by the portal shell at run time
(Module Federation). It imports its contract \`${n.contract}\` and \`packages/*\`, never a service (lint
enforces it, ADR 0010). How a remote plugs in: [packages/federation/README.md](../../packages/federation/README.md).

| file                  | holds                                                               |
| --------------------- | ------------------------------------------------------------------- |
| \`src/presentation.ts\` | name, title, icon, menu order, entry permission (also \`remote.json\`) |
| \`src/remote.ts\`       | the contract with the shell: routes, menu, texts, error catalogs    |
| \`src/features/<x>/\`   | one folder per page group: pages, filters, columns, texts, tests    |

\`\`\`sh
pnpm --filter ${n.app} dev       # its pages alone, against the gateway (pnpm --filter @duda/gateway dev)
pnpm --filter ${n.app} test      # component and filter tests
pnpm --filter ${n.app} build     # then the gateway serves it under /remotes/${n.key}/
\`\`\`
`,
  'index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${title['zh-CN']} · 督导平台（独立开发）</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/src/standalone/main.ts"></script>
  </body>
</html>
`,
  'src/standalone/main.ts': `// \`pnpm --filter ${n.app} dev\`: the remote's pages on their own, set up the way the shell sets them up.
import { mountStandalone } from '@duda/standalone';
import remote from '../remote.ts';

void mountStandalone(remote);
`,
  'src/presentation.ts': `// How the ${title.en} remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: '${n.key}',
  title: { 'zh-CN': '${title['zh-CN']}', en: '${title.en.replace(/'/g, "\\'")}' },
  icon: 'Document',
  order: 100,
  permission: '${n.key}.read',
});
`,
  'src/remote.ts': `// The ${title.en} remote's contract with the shell: exposed as \`./remote\` (see vite.config.ts).
import { registerErrorCatalogs } from '@duda/api-client';
import { ${n.camel}Catalogs } from '${n.contract}';
import { defineRemote } from '@duda/federation';
import { messages } from './i18n/index.ts';
import { menu } from './menu.ts';
import { presentation } from './presentation.ts';
import { routes } from './routes.ts';

export default defineRemote({
  ...presentation,
  routes,
  menu,
  messages,
  setup: () => registerErrorCatalogs(...${n.camel}Catalogs),
});
`,
  'src/routes.ts': `import type { RouteRecordRaw } from 'vue-router';
import { features } from './features/index.ts';

// Mounted by the shell under /${n.key}/. Route names carry the remote's name: they are global in the portal.
export const routes: RouteRecordRaw[] = [
  { path: '', redirect: { name: '${n.key}.entries' } },
  ...features.flatMap((feature) => feature.routes),
];
`,
  'src/menu.ts': `import type { MenuEntry } from '@duda/federation';
import { features } from './features/index.ts';

/** Every feature's entries in order; the shell shows them under the remote's title and icon. */
export const menu: MenuEntry[] = features.flatMap((feature) => feature.menu);
`,
  'src/i18n/index.ts': `import { features } from '../features/index.ts';

const merged = (locale: 'zh-CN' | 'en') => ({
  ${n.camel}: Object.assign({}, ...features.map((feature) => feature.messages[locale])) as Record<string, unknown>,
});

/** The remote's texts, under \`${n.camel}.\` so they never collide with the shell's or another remote's. */
export const messages = { 'zh-CN': merged('zh-CN'), en: merged('en') };
`,
  'src/features/feature.ts': `import type { MenuEntry } from '@duda/federation';
import type { RouteRecordRaw } from 'vue-router';

/** One page group of the remote: its routes, menu entries and texts, kept together in \`features/<x>/\`. */
export interface Feature {
  routes: RouteRecordRaw[];
  menu: MenuEntry[];
  /** Merged under \`${n.camel}.\`. */
  messages: { 'zh-CN': Record<string, unknown>; en: Record<string, unknown> };
}
`,
  'src/features/index.ts': `import type { Feature } from './feature.ts';
import { entriesFeature } from './entries/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [entriesFeature];
`,
  'src/features/entries/index.ts': `import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const entriesFeature: Feature = {
  routes: [
    {
      path: 'entries',
      name: '${n.key}.entries',
      component: () => import('./EntriesPage.vue'),
      meta: { permission: '${n.key}.read', title: '${n.camel}.entries.title' },
    },
  ],
  menu: [{ title: '${n.camel}.entries.menu', path: 'entries', icon: 'List', permission: '${n.key}.read' }],
  messages: { 'zh-CN': zhCN, en },
};
`,
  'src/features/entries/messages.ts': `// Texts of the entries list, under \`${n.camel}.entries\`.
export const zhCN = {
  entries: {
    menu: '登记记录',
    title: '登记记录',
    description: '您权限范围内的登记记录',
    filters: { status: '状态', all: '全部' },
    columns: { orgName: '单位', title: '标题', status: '状态', createdAt: '登记时间' },
    status: { OPEN: '进行中', DONE: '已完成' },
    empty: {
      filtered: '没有符合条件的记录',
      filteredHint: '可以调整筛选条件后重新查询',
      none: '还没有登记记录',
      noneHint: '有管理权限的督导可以为所辖单位登记',
    },
  },
};

export const en: typeof zhCN = {
  entries: {
    menu: 'Entries',
    title: 'Entries',
    description: 'Entries within your scope',
    filters: { status: 'Status', all: 'All' },
    columns: { orgName: 'Org unit', title: 'Title', status: 'Status', createdAt: 'Added' },
    status: { OPEN: 'Open', DONE: 'Done' },
    empty: {
      filtered: 'No entries match',
      filteredHint: 'Change the filters and search again',
      none: 'No entries yet',
      noneHint: 'Supervisors who manage an org unit can add entries for it',
    },
  },
};
`,
  'src/features/entries/entryFilters.ts': `import { ENTRY_STATUSES } from '${n.contract}';
import { defineFilters, enumFilter } from '@duda/ui';

/** The entries list's filters, kept in the URL (\`?status=OPEN\`). */
export const entryFilters = defineFilters({
  status: enumFilter(ENTRY_STATUSES, {
    label: '${n.camel}.entries.filters.status',
    placeholder: '${n.camel}.entries.filters.all',
    optionLabel: (status) => \`${n.camel}.entries.status.\${status}\`,
  }),
});
`,
  'src/features/entries/entryFilters.test.ts': `import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { entryFilters } from './entryFilters.ts';

describe('entry list filters ↔ URL', () => {
  it('reads a known status and ignores an unknown one', () => {
    expect(readListState(entryFilters, { status: 'DONE' }).filters).toEqual({ status: 'DONE' });
    expect(readListState(entryFilters, { status: 'LOST' }).filters).toEqual({ status: null });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(entryFilters, readListState(entryFilters, {}))).toEqual({});
  });
});
`,
  'src/features/entries/entryColumns.ts': `import type { RouterOutputs } from '@duda/api-client';
import { chinaDateOf } from '@duda/month';
import type { DataTableColumn } from '@duda/ui';

export type EntryRow = RouterOutputs['${n.key}']['entries']['list']['items'][number];

/** The entries table's columns; \`translate\` keeps the labels in the current language. */
export function entryColumns(translate: (key: string) => string): DataTableColumn<EntryRow>[] {
  const label = (key: string) => translate(\`${n.camel}.entries.columns.\${key}\`);
  return [
    { key: 'orgName', label: label('orgName'), minWidth: 140 },
    { key: 'title', label: label('title'), minWidth: 200 },
    { key: 'status', label: label('status'), width: 110 },
    { key: 'createdAt', label: label('createdAt'), width: 120, formatter: (row) => chinaDateOf(row.createdAt) },
  ];
}
`,
  'src/features/entries/EntriesPage.vue': `<script setup lang="ts">
import { useProcedureQuery } from '@duda/api-client';
import { DListPage, DPageContainer, DStatusTag, useListPage } from '@duda/ui';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { entryColumns } from './entryColumns.ts';
import { entryFilters } from './entryFilters.ts';

const { t } = useI18n();
const list = useListPage({
  filters: entryFilters,
  load: (request) => useProcedureQuery('${n.key}.entries.list', request, { keepPrevious: true }),
});
const columns = computed(() => entryColumns(t));
</script>

<template>
  <DPageContainer :title="t('${n.camel}.entries.title')" :description="t('${n.camel}.entries.description')">
    <DListPage
      :list="list"
      :columns="columns"
      storage-key="${n.key}.entries.columns"
      empty-texts="${n.camel}.entries.empty"
    >
      <template #cell-status="{ row }">
        <DStatusTag
          :status="row.status === 'DONE' ? 'closed' : 'open'"
          :label="t(\`${n.camel}.entries.status.\${row.status}\`)"
        />
      </template>
    </DListPage>
  </DPageContainer>
</template>
`,
});
