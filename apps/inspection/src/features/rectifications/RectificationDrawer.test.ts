import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { RectificationDetail } from './api.ts';
import RectificationDrawer from './RectificationDrawer.vue';

const order = {
  id: 'order-1',
  hallId: 'hall-1',
  hallName: '湖滨营业厅',
  itemCode: 'B01',
  itemTitle: '营业厅地面清洁',
  sectionName: '环境与5S',
  severity: 'MINOR',
  veto: false,
  problem: '门口地面有积水，未放置防滑提示',
  problemPhotoIds: [],
  photos: {},
  status: 'RESPONDED',
  overdue: false,
  attempt: 1,
  issuedAt: new Date('2026-11-10T02:00:00Z'),
  deadline: new Date('2026-11-17T15:59:59Z'),
  verifierName: '刘海涛',
  closedAt: null,
  rejectReason: null,
  escalation: { level: 0, overdueDays: 0 },
  response: { measures: '已铺设防滑垫', respondedAt: new Date('2026-11-11T02:00:00Z'), photoIds: [] },
  canRespond: false,
  canVerify: false,
  history: [],
} as unknown as RectificationDetail;

const asked = vi.hoisted(() => ({ grants: [] as (string | null)[] }));
vi.mock('./api.ts', () => ({
  useRectificationQuery: (_id: unknown, grant: () => string | null) => {
    asked.grants.push(grant());
    return { data: ref(order), isPending: ref(false), isError: ref(false), error: ref(null) };
  },
}));

describe('RectificationDrawer', () => {
  // On a phone the value column took the room and 所属类别 / 问题描述 broke over two lines.
  it('gives every label column room for a four-character label', async () => {
    mountInRemote(RectificationDrawer, { props: { orderId: 'order-1', modelValue: true } });
    await flushPromises();
    const labels = [...document.querySelectorAll<HTMLElement>('.el-descriptions__label')];
    expect(labels.map((label) => label.textContent?.trim())).toContain('所属类别');
    expect(labels.map((label) => label.style.width)).toEqual(labels.map(() => '6em'));
  });

  it('asks for the order with the grant it was opened with (a clerk’s own evidence)', async () => {
    asked.grants = [];
    mountInRemote(RectificationDrawer, { props: { orderId: 'order-1', grant: 'g-1', modelValue: true } });
    await flushPromises();
    expect(asked.grants).toEqual(['g-1']);
  });
});
