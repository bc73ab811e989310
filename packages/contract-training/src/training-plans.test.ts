import { describe, expect, it } from 'vitest';
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
});
