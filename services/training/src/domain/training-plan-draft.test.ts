import { describe, expect, it } from 'vitest';
import { attendanceRate, draftTopics } from './training-plan-draft.ts';

describe('a drafted training plan', () => {
  it('takes the weakest points below the city, then the most failed items', () => {
    const topics = draftTopics(
      [
        { id: 'a', name: '携号转网', facility: 0.54, cityFacility: 0.71 },
        { id: 'b', name: '实名制', facility: 0.9, cityFacility: 0.85 },
        { id: 'c', name: '套餐资费', facility: 0.85, cityFacility: 0.9 },
      ],
      [
        { itemCode: 'S-02', itemTitle: '微笑服务', failed: 3 },
        { itemCode: 'S-01', itemTitle: '首问负责', failed: 12 },
        { itemCode: 'S-03', itemTitle: '着装规范', failed: 0 },
      ],
    );
    expect(topics).toEqual([
      {
        key: 'kp:a',
        source: 'KNOWLEDGE_POINT',
        title: '携号转网',
        reason: { kind: 'facility', facility: 54, cityFacility: 71 },
      },
      {
        key: 'kp:c',
        source: 'KNOWLEDGE_POINT',
        title: '套餐资费',
        reason: { kind: 'facility', facility: 85, cityFacility: 90 },
      },
      {
        key: 'item:S-01',
        source: 'SHORT_STAVE',
        title: '首问负责',
        reason: { kind: 'failures', failed: 12 },
      },
      { key: 'item:S-02', source: 'SHORT_STAVE', title: '微笑服务', reason: { kind: 'failures', failed: 3 } },
    ]);
  });

  it('reads a point as weak under 80 % when the city has no figure, and keeps five of each', () => {
    const points = Array.from({ length: 7 }, (_, i) => ({
      id: `p${i}`,
      name: `点${i}`,
      facility: 0.5 + i * 0.05,
      cityFacility: null,
    }));
    const items = Array.from({ length: 7 }, (_, i) => ({
      itemCode: `I${i}`,
      itemTitle: `项${i}`,
      failed: i + 1,
    }));
    const topics = draftTopics(points, items);
    expect(topics.filter((t) => t.source === 'KNOWLEDGE_POINT').map((t) => t.key)).toEqual([
      'kp:p0',
      'kp:p1',
      'kp:p2',
      'kp:p3',
      'kp:p4',
    ]);
    expect(topics.filter((t) => t.source === 'SHORT_STAVE').map((t) => t.key)).toEqual([
      'item:I6',
      'item:I5',
      'item:I4',
      'item:I3',
      'item:I2',
    ]);
  });
});

describe('attendance rate', () => {
  it('is present over present and absent, leaving the excused and the unmarked out', () => {
    const marks = ['PRESENT', 'PRESENT', 'ABSENT', 'EXCUSED', null].map((status) => ({ status }));
    expect(attendanceRate(marks)).toBe(66.7);
    expect(attendanceRate([{ status: 'EXCUSED' }])).toBeNull();
  });
});
