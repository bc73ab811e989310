import { DSheetImportDialog, installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { SatisfactionReport } from './api.ts';
import SatisfactionImportPage from './SatisfactionImportPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ rows: [] as unknown[], importSatisfaction: vi.fn() }));
vi.mock('./api.ts', () => ({
  useSatisfactionHistory: () => ({ data: ref(api.rows), error: ref(null) }),
  useImportSatisfaction: () => ({ mutateAsync: api.importSatisfaction }),
  downloadSatisfactionTemplate: vi.fn(),
}));

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/imports/satisfaction', component: SatisfactionImportPage }],
  });
  await router.push('/imports/satisfaction?month=2026-11');
  const page = mount(SatisfactionImportPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('SatisfactionImportPage', () => {
  it('lists the month’s imports: the one in force, and the one it replaced with when', async () => {
    api.rows = [
      {
        id: 'b',
        fileName: '11月满意率（更正）.xlsx',
        rows: 1,
        importedAt: new Date('2026-11-20T02:00:00Z'),
        importedByName: '陈静',
        replacedAt: null,
      },
      {
        id: 'a',
        fileName: '11月满意率.xlsx',
        rows: 2,
        importedAt: new Date('2026-11-18T02:00:00Z'),
        importedByName: '陈静',
        replacedAt: new Date('2026-11-20T02:00:00Z'),
      },
    ];
    const page = await mountPage();
    const rows = page.findAll('[data-testid="satisfaction-history"] .el-table__body tr');
    expect(rows[0]!.text()).toContain('11月满意率（更正）.xlsx');
    expect(rows[0]!.text()).toContain('当前有效');
    expect(rows[1]!.text()).toContain('已于 2026-11-20 10:00 被替换');
  });

  it('sends the chosen file with the mode and the page’s month', async () => {
    api.rows = [];
    const report: SatisfactionReport = { mode: 'CHECK', rows: 1, valid: 1, imported: 0, errors: [] };
    api.importSatisfaction.mockResolvedValue(report);
    const page = await mountPage();
    expect(page.text()).toContain('2026-11 尚未导入满意率');
    const run = page.findComponent(DSheetImportDialog).props('run') as (
      file: File,
      mode: string,
    ) => Promise<SatisfactionReport>;
    expect(await run(new File(['x'], '11月.xlsx'), 'CHECK')).toBe(report);
    const form = api.importSatisfaction.mock.calls[0]![0] as FormData;
    expect([form.get('mode'), form.get('month'), (form.get('file') as File).name]).toEqual([
      'CHECK',
      '2026-11',
      '11月.xlsx',
    ]);
  });
});
