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

  it('keeps uploaded attachments and a signature as part of the device draft, so a reload finds them', async () => {
    const target = ref('version:v1');
    const values = ref<FormData | null>(null);
    useLocalDraft('p1', target, values);
    const note = { id: 'f1', name: '病假证明.pdf', size: 2048, contentType: 'application/pdf' };
    const signed = { id: 'f2', name: 'signature.png', size: 900, contentType: 'image/png' };
    values.value = { reason: '看病' };
    await nextTick();
    values.value = { ...values.value, proof: [note], sign: signed };
    await nextTick();
    expect(useLocalDraft('p1', target, ref(null)).read()?.values).toEqual({
      reason: '看病',
      proof: [note],
      sign: signed,
    });
  });
});
