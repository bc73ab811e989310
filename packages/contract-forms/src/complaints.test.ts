import { describe, expect, it } from 'vitest';
import {
  caseFormOf,
  complaintInputs,
  complaintOutputs,
  COUNTED_COMPLAINTS_CAP,
  maskContact,
} from './complaints.ts';
import { complaintsErrors } from './complaints-errors.ts';

describe('complaints contract', () => {
  it('masks a contact keeping only its ends (a mobile number keeps 3 and 4 digits)', () => {
    expect(maskContact('13812345678')).toBe('138****5678');
    expect(maskContact('0571-8888')).toBe('0****8');
    expect(maskContact('123')).toBe('***');
  });

  it('keeps 表8 as a complaint case by its key, and no other form (nor an inherited key)', () => {
    expect(caseFormOf('表8')).toEqual({ kind: 'complaint', private: ['contact'] });
    for (const code of ['表1', '表10', '表8 ', 'toString', '__proto__']) expect(caseFormOf(code)).toBeNull();
  });

  it('refuses a month not written YYYY-MM, and defaults the evidence to none', () => {
    const counts = complaintInputs.counts.safeParse({ month: '2026-13' });
    expect(counts.error?.issues[0]?.message).toBe(complaintsErrors.monthFormat.code);
    const take = complaintInputs.take.parse({
      hallId: '0b7a4a34-7a3e-4f5e-9a40-2d2f3f5b9c11',
      customerName: '王先生',
      contact: '13812345678',
      channel: 'HALL',
      category: 'SERVICE',
      description: '排队太久',
    });
    expect(take.evidenceFileIds).toEqual([]);
  });

  it("takes a city's own limits as whole hours up to 30 days, null keeping the default", () => {
    const cityId = '0b7a4a34-7a3e-4f5e-9a40-2d2f3f5b9c11';
    const limits = (SERVICE: unknown) =>
      complaintInputs.setLimits.safeParse({ cityId, hours: { SERVICE, BUSINESS: null, PRODUCT: 96 } });
    expect(limits(4).data?.hours).toEqual({ SERVICE: 4, BUSINESS: null, PRODUCT: 96 });
    for (const wrong of [0, 2.5, 721, -24, '24']) {
      expect(limits(wrong).error?.issues.map((i) => i.message)).toEqual([complaintsErrors.limitHours.code]);
    }
  });

  it('answers the counted complaints by id, number, date, category and title only, each list within its cap', () => {
    const hallId = '0b7a4a34-7a3e-4f5e-9a40-2d2f3f5b9c11';
    const counted = (n: number) => ({
      id: `0b7a4a34-7a3e-4f5e-9a40-${String(n).padStart(12, '0')}`,
      number: n,
      receivedAt: new Date('2026-11-06T02:00:00Z'),
      category: 'SERVICE',
      title: `投诉 #${n}（服务类）`,
      // What only the case's readers may see never leaves forms in the counts, even if a row carried it.
      customerName: '王先生',
      contact: '13812345678',
      description: '排队太久',
    });
    const answer = (hallCount: number, personCount: number) => ({
      month: '2026-11',
      halls: [
        {
          hallId,
          hallName: '湖滨营业厅',
          total: 60,
          closed: 1,
          escalated: 0,
          complaints: Array.from({ length: hallCount }, (_, i) => counted(i + 1)),
        },
      ],
      people: [
        {
          personId: hallId,
          name: '赵雪',
          total: personCount,
          complaints: Array.from({ length: personCount }, (_, i) => counted(i + 1)),
        },
      ],
    });
    const parsed = complaintOutputs.counts.parse(answer(COUNTED_COMPLAINTS_CAP.hall, 2));
    expect(parsed.people[0]!.complaints[1]).toEqual({
      id: '0b7a4a34-7a3e-4f5e-9a40-000000000002',
      number: 2,
      receivedAt: new Date('2026-11-06T02:00:00Z'),
      category: 'SERVICE',
      title: '投诉 #2（服务类）',
    });
    expect(parsed.halls[0]!.complaints).toHaveLength(COUNTED_COMPLAINTS_CAP.hall);
    expect(complaintOutputs.counts.safeParse(answer(COUNTED_COMPLAINTS_CAP.hall + 1, 2)).success).toBe(false);
    expect(complaintOutputs.counts.safeParse(answer(1, COUNTED_COMPLAINTS_CAP.person + 1)).success).toBe(
      false,
    );
  });
});
