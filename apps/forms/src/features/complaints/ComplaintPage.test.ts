// 投诉详情 opened by its address (/forms/complaints/<id>, the link on a scorecard's 投诉件数 line): the staff member
// found responsible reads the case with the customer's contact masked and no step of theirs; whoever may not read it
// gets the service's refusal in words, with nothing to retry — never an empty page.
import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, toValue } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInRemote } from '../../test/mountInRemote.ts';
import { routes } from '../../routes.ts';
import { useComplaint } from './api.ts';
import ComplaintPage from './ComplaintPage.vue';

registerErrorCatalogs(...formsCatalogs);

const ID = '5d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
vi.mock('./api.ts', () => ({ useComplaint: vi.fn() }));

/** The page asks forms.complaints.get through useComplaint: here it answers `data` or fails with `error`. */
function answering(data: unknown, error: unknown = null) {
  vi.mocked(useComplaint).mockImplementation(
    () =>
      ({ data: ref(data), error: ref(error), refetch: vi.fn() }) as unknown as ReturnType<
        typeof useComplaint
      >,
  );
}
const askedFor = () => vi.mocked(useComplaint).mock.calls.map(([id]) => toValue(id));

const theirs = {
  id: ID,
  number: 12,
  hallId: 'h-1',
  hallName: '湖滨营业厅',
  customerName: '王先生',
  contact: '138****5678',
  contactMasked: true,
  channel: 'HALL',
  category: 'SERVICE',
  description: '排队四十分钟无人引导',
  staff: null,
  evidence: [],
  status: 'CLOSED',
  level: 'HALL',
  dueAt: '2026-11-07T02:00:00.000Z',
  overdue: false,
  receivedAt: '2026-11-06T02:00:00.000Z',
  escalatedAt: null,
  closedAt: '2026-11-06T08:00:00.000Z',
  intakeBy: { personId: 'p-duty', name: '张伟' },
  assignee: { personId: 'p-duty', name: '张伟' },
  responsible: { personId: 'p-zhao', name: '赵雪' },
  handles: false,
  nextSteps: [],
  history: [],
};

async function open(path: string) {
  // The remote's own routes under /forms, as the portal mounts them.
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/forms', children: routes }],
  });
  await router.push(path);
  const page = mountInRemote(ComplaintPage, { global: { plugins: [router] } });
  await flushPromises();
  return page;
}

describe('a complaint opened by its address', () => {
  beforeEach(() => {
    vi.mocked(useComplaint).mockReset();
  });

  it('is the case page of the route’s id: the responsible clerk reads its facts, the contact masked', async () => {
    answering(theirs);
    const page = await open(`/forms/complaints/${ID}`);
    expect(askedFor()).toEqual([ID]);
    expect(page.get('[data-testid="complaint-detail"]').text()).toContain('排队四十分钟无人引导');
    expect(page.get('[data-testid="complaint-contact"]').text()).toBe('138****5678');
    expect(page.text()).toContain('赵雪');
    expect(page.find('[role="alert"]').exists()).toBe(false);
  });

  it('tells whoever may not read it so, in words, with nothing to retry', async () => {
    answering(
      undefined,
      Object.assign(new Error('投诉不存在，或不在您可查看的范围内'), {
        name: 'TRPCClientError',
        data: {
          code: 'NOT_FOUND',
          httpStatus: 404,
          error: { code: 'forms.complaints.notFound', params: {} },
        },
      }),
    );
    const page = await open(`/forms/complaints/${ID}`);
    const refusal = page.get('[role="alert"]');
    expect(refusal.text()).toContain('投诉不存在，或不在您可查看的范围内');
    expect(refusal.find('button').exists()).toBe(false);
    expect(page.find('[data-testid="complaint-detail"]').exists()).toBe(false);
  });
});
