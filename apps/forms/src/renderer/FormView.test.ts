import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { formFileReader } from '../features/formFiles.ts';
import { mountInRemote } from '../test/mountInRemote.ts';
import FormView from './FormView.vue';
import { provideFileServices } from './services.ts';
import { testUi } from './testTemplate.ts';

describe('FormView', { timeout: 60_000 }, () => {
  it('reads a submission back with its version: options by label, rows as a table, hidden fields left out', async () => {
    mountInRemote(FormView, {
      props: {
        ui: testUi,
        data: {
          reason: '回老家',
          kind: 'annual',
          period: { start: '2026-12-01', end: '2026-12-02' },
          days: 2,
          handover: [{ topic: '拓展', weight: 100 }],
        },
      },
    });
    await flushPromises();
    const value = (key: string) =>
      document.querySelector(`[data-testid="form-view-${key}"]`)?.textContent ?? null;
    expect(value('kind')).toContain('年假');
    expect(value('period')).toContain('2026-12-01 至 2026-12-02');
    expect(value('days')).toContain('2');
    expect(value('proof')).toBeNull();
    expect([...document.querySelectorAll('.form-view__table td')].map((td) => td.textContent)).toEqual([
      '1',
      '拓展',
      '100',
    ]);
  });

  it('links each attachment to the file route for download, as the submission page and print layout provide it', async () => {
    const note = { id: 'f1', name: '病假证明.pdf', size: 2048, contentType: 'application/pdf' };
    const Page = defineComponent({
      setup() {
        provideFileServices(formFileReader);
        return () => h(FormView, { ui: testUi, data: { kind: 'sick', proof: [note] } });
      },
    });
    mountInRemote(Page);
    await flushPromises();
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="form-view-proof"] a')!;
    expect(link.textContent?.trim()).toBe('病假证明.pdf');
    expect(link.getAttribute('href')).toBe('/api/forms/files/f1');
  });
});
