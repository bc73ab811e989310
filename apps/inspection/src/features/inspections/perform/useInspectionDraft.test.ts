import { mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, nextTick } from 'vue';
import type { InspectionDetail } from '../api.ts';
import { createDraftStorage } from './draftStorage.ts';
import { testTemplate } from './testTemplate.ts';
import { useInspectionDraft } from './useInspectionDraft.ts';

const { saveDraft, markRestPassed } = vi.hoisted(() => ({ saveDraft: vi.fn(), markRestPassed: vi.fn() }));
vi.mock('../api.ts', () => ({ saveDraft, markRestPassed }));

const PERSON = 'person-1';
const savedAt = new Date('2026-11-23T03:00:00Z');

function inspection(overrides: Partial<InspectionDetail> = {}): InspectionDetail {
  return {
    id: 'insp-1',
    kind: 'MONTHLY_VISIT',
    status: 'DRAFT',
    hallId: 'hall-1',
    hallName: '湖滨营业厅',
    inspectorId: PERSON,
    inspectorName: '刘海涛',
    inspectedOn: '2026-11-23',
    startedAt: savedAt,
    submittedAt: null,
    draftRevision: 3,
    summary: null,
    total: null,
    passed: null,
    vetoed: null,
    sectionScores: [],
    mysteryPublishedAt: null,
    isMine: true,
    template: { ...testTemplate, sections: [...testTemplate.sections] },
    results: [{ itemCode: 'A01', outcome: 'PASS', note: null, photoIds: [] }],
    photos: {},
    orders: [],
    restPasses: [],
    ...overrides,
  } as InspectionDetail;
}

function mountDraft(data: InspectionDetail) {
  let draft!: ReturnType<typeof useInspectionDraft>;
  const wrapper = mount(
    defineComponent({
      setup() {
        draft = useInspectionDraft(data, PERSON);
        return () => null;
      },
    }),
  );
  return { wrapper, draft };
}

describe('useInspectionDraft', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    saveDraft.mockReset();
    saveDraft.mockImplementation(async ({ revision }: { revision: number }) => ({
      revision: revision + 1,
      savedAt,
    }));
  });
  afterEach(() => vi.useRealTimers());

  it('starts from the server copy and keeps every change locally at once, then on the server', async () => {
    const { draft } = mountDraft(inspection());
    expect(draft.answers.A01?.outcome).toBe('PASS');
    draft.answers.B01 = { outcome: 'FAIL', note: '地面积水', photos: [] };
    await nextTick();
    expect(createDraftStorage(PERSON).read('insp-1')).toMatchObject({ unsynced: true, baseRevision: 3 });
    expect(saveDraft).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1500);
    expect(saveDraft).toHaveBeenCalledExactlyOnceWith({
      id: 'insp-1',
      revision: 3,
      results: [
        { itemCode: 'A01', outcome: 'PASS', note: null, photoIds: [] },
        { itemCode: 'B01', outcome: 'FAIL', note: '地面积水', photoIds: [] },
      ],
      summary: null,
    });
    expect(draft.syncState.value).toMatchObject({ status: 'saved', revision: 4 });
    expect(createDraftStorage(PERSON).read('insp-1')).toMatchObject({ unsynced: false, baseRevision: 4 });
  });

  it('comes back to unsynced local answers after a reload and sends them', async () => {
    const first = mountDraft(inspection());
    first.draft.answers.A02 = { outcome: 3, note: '', photos: [] };
    await nextTick();
    // The page goes away (a reload) before its last save gets an answer.
    saveDraft.mockImplementationOnce(() => new Promise(() => undefined));
    first.wrapper.unmount();
    saveDraft.mockClear();

    const { draft } = mountDraft(inspection());
    expect(draft.source.value).toBe('local');
    expect(draft.answers.A02?.outcome).toBe(3);
    await vi.advanceTimersByTimeAsync(1500);
    expect(saveDraft).toHaveBeenCalledWith(expect.objectContaining({ revision: 3 }));
  });

  it('asks which copy to keep when the server moved on with other answers, and saves nothing meanwhile', async () => {
    const first = mountDraft(inspection());
    first.draft.answers.A02 = { outcome: 3, note: '', photos: [] };
    await nextTick();
    // The page goes away (a reload) before its last save gets an answer.
    saveDraft.mockImplementationOnce(() => new Promise(() => undefined));
    first.wrapper.unmount();
    saveDraft.mockClear();

    const { draft } = mountDraft(
      inspection({ draftRevision: 5, results: [{ itemCode: 'A02', outcome: 5, note: null, photoIds: [] }] }),
    );
    expect(draft.source.value).toBe('conflict');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saveDraft).not.toHaveBeenCalled();

    draft.resolveConflict('local');
    expect(draft.answers.A02?.outcome).toBe(3);
    await vi.advanceTimersByTimeAsync(1500);
    expect(saveDraft).toHaveBeenCalledWith(expect.objectContaining({ revision: 5 }));
  });

  it('其余全部合格 goes through the service with what the page holds, then shows its marks without saving again', async () => {
    markRestPassed.mockReset();
    markRestPassed.mockImplementation(async ({ revision }: { revision: number }) => ({
      revision: revision + 1,
      savedAt,
      marked: [
        { itemCode: 'A02', outcome: 5 },
        { itemCode: 'A03', outcome: 'PASS' },
      ],
    }));
    const { draft } = mountDraft(inspection());
    draft.answers.B01 = { outcome: 'FAIL', note: '地面积水', photos: [] };
    await nextTick();

    await expect(draft.passTheRest()).resolves.toBe(2);
    expect(markRestPassed).toHaveBeenCalledExactlyOnceWith({
      id: 'insp-1',
      revision: 3,
      results: [
        { itemCode: 'A01', outcome: 'PASS', note: null, photoIds: [] },
        { itemCode: 'B01', outcome: 'FAIL', note: '地面积水', photoIds: [] },
      ],
      summary: null,
    });
    expect(draft.answers.A02?.outcome).toBe(5);
    expect(draft.answers.B01?.outcome).toBe('FAIL');
    expect(draft.syncState.value).toMatchObject({ status: 'saved', revision: 4 });
    expect(createDraftStorage(PERSON).read('insp-1')).toMatchObject({ unsynced: false, baseRevision: 4 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(saveDraft).not.toHaveBeenCalled();
  });
});
