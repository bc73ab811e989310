import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, outboundChannels } from './notification-preferences.ts';

describe('outbound channels', () => {
  it('by default only an overdue order goes out, by SMS', () => {
    expect(outboundChannels(DEFAULT_PREFERENCES, 'RECTIFICATION_OVERDUE')).toEqual(['sms']);
    expect(outboundChannels(DEFAULT_PREFERENCES, 'EXAM_PUBLISHED')).toEqual([]);
  });

  it('follows the person’s choice per kind and channel', () => {
    const chosen = { smsKinds: [], emailKinds: ['EXAM_PUBLISHED' as const] };
    expect(outboundChannels(chosen, 'EXAM_PUBLISHED')).toEqual(['email']);
    expect(outboundChannels(chosen, 'RECTIFICATION_OVERDUE')).toEqual([]);
  });
});
