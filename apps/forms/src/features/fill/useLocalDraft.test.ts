import type { FormData } from '@duda/contract-forms';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { useLocalDraft } from './useLocalDraft.ts';

describe('useLocalDraft', () => {
  beforeEach(() => localStorage.clear());

  it('keeps every change on the device, so a reload offers it back', async () => {
    const target = ref('version:v1');
    const values = ref<FormData | null>(null);
    const draft = useLocalDraft('p1', target, values);
    values.value = { reason: '回老家' };
    await nextTick();
    values.value.reason = '回老家探亲';
    await nextTick();
    expect(useLocalDraft('p1', target, ref(null)).read()?.values).toEqual({ reason: '回老家探亲' });
    expect(draft.kept.value).toBe(true);
  });

  it('moves the kept values to the server draft it became, and forgets them once sent', async () => {
    const target = ref('version:v1');
    const values = ref<FormData | null>(null);
    const draft = useLocalDraft('p1', target, values);
    values.value = { reason: 'a' };
    await nextTick();
    draft.moveTo('submission:s1');
    target.value = 'submission:s1';
    expect(useLocalDraft('p1', ref('version:v1'), ref(null)).read()).toBeNull();
    expect(draft.read()?.values).toEqual({ reason: 'a' });
    draft.clear();
    expect(draft.read()).toBeNull();
  });
});
