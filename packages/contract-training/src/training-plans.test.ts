import { messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { trainingCatalogs } from './errors.ts';
import { trainingPlansErrors } from './training-plans-errors.ts';
import { trainingPlansInputs } from './training-plans.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';
const session = {
  planId: id,
  startsAt: new Date('2026-12-10T06:00:00Z'),
  endsAt: new Date('2026-12-10T08:00:00Z'),
  trainerId: id,
  participantIds: [id],
};

describe('training plan inputs', () => {
  it('fill a new session with no place, topics or materials', () => {
    expect(trainingPlansInputs.saveSession.parse(session)).toMatchObject({
      place: '',
      topicKeys: [],
      materials: [],
    });
  });

  it('take an article or a line of text as material, not both', () => {
    const materials = [{ articleId: id }, { text: ' 首问负责制讲义 ' }];
    expect(trainingPlansInputs.saveSession.parse({ ...session, materials }).materials).toEqual([
      { articleId: id },
      { text: '首问负责制讲义' },
    ]);
    const both = [{ articleId: id, text: '讲义' }];
    expect(trainingPlansInputs.saveSession.safeParse({ ...session, materials: both }).success).toBe(false);
  });

  it.each([
    ['no participants', { participantIds: [] }],
    ['more than 300 participants', { participantIds: Array.from({ length: 301 }, () => id) }],
    ['a date before 2000', { startsAt: new Date('1999-12-31T00:00:00Z') }],
  ])('refuse a session with %s', (_what, change) => {
    expect(trainingPlansInputs.saveSession.safeParse({ ...session, ...change }).success).toBe(false);
  });

  it('keep a topic reason to percentages', () => {
    const topic = (facility: number) => ({
      key: 'kp:x',
      source: 'KNOWLEDGE_POINT',
      title: '携号转网',
      reason: { kind: 'facility', facility, cityFacility: 71 },
    });
    expect(trainingPlansInputs.saveTopics.safeParse({ id, topics: [topic(54)] }).success).toBe(true);
    expect(trainingPlansInputs.saveTopics.safeParse({ id, topics: [topic(154)] }).success).toBe(false);
  });

  it('refuse an attendance mark other than present, absent or excused', () => {
    const marks = [{ personId: id, status: 'LATE' }];
    expect(trainingPlansInputs.attendance.safeParse({ sessionId: id, marks }).success).toBe(false);
  });

  it('look up a role group by a known role only', () => {
    const group = { planId: id, orgNodeId: id, role: 'hall_manager' };
    expect(trainingPlansInputs.peopleByRole.parse(group)).toEqual(group);
    expect(trainingPlansInputs.peopleByRole.safeParse({ ...group, role: 'janitor' }).success).toBe(false);
  });

  it('link a targeted exam by plan and exam id only', () => {
    expect(trainingPlansInputs.linkExam.parse({ planId: id, examId: id })).toEqual({
      planId: id,
      examId: id,
    });
    expect(trainingPlansInputs.linkExam.safeParse({ planId: id, examId: 'e1' }).success).toBe(false);
    expect(trainingPlansInputs.eligibleExams.safeParse({}).success).toBe(false);
  });

  it('word a refused targeted exam in both languages, with the months it may sit in', () => {
    const { code, params } = trainingPlansErrors.examOutsideMonth({ month: '2026-12', next: '2027-01' });
    expect(messageFor(trainingCatalogs, code, params, 'zh-CN')).toBe(
      '考核考试须在计划当月（2026-12）或次月（2027-01）',
    );
    expect(messageFor(trainingCatalogs, code, params, 'en')).toBe(
      "The targeted exam must be in the plan's month (2026-12) or the month after (2027-01).",
    );
    for (const refusal of ['examNotFound', 'examCancelled', 'examNotForUnit', 'examLinkDenied'] as const) {
      const error = trainingPlansErrors[refusal]();
      expect(messageFor(trainingCatalogs, error.code, {}, 'en')).toMatch(/exam/);
      expect(messageFor(trainingCatalogs, error.code, {}, 'zh-CN')).toMatch(/考试/);
    }
    expect(messageFor(trainingCatalogs, trainingPlansErrors.tooManyExams.code, { max: 10 }, 'zh-CN')).toBe(
      '一个计划最多关联 10 场考核考试',
    );
  });
});
