import { describe, expect, it } from 'vitest';
import { audienceOf, isNews, notificationsFor, type RaisingFact } from './notification-recipients.ts';

const overdue: RaisingFact = {
  kind: 'RECTIFICATION_OVERDUE',
  orderId: 'o1',
  hallId: 'hall',
  hallName: '湖滨营业厅',
  districtId: 'district',
  deadline: '2026-11-20T15:59:59.000Z',
};

describe('who is notified', () => {
  it('an overdue order goes to the hall managers on and off duty and the district supervisors', () => {
    expect(audienceOf(overdue)).toEqual({
      personIds: [],
      holders: [
        { role: 'hall_manager', orgNodeId: 'hall' },
        { role: 'duty_manager', orgNodeId: 'hall' },
        { role: 'district_supervisor', orgNodeId: 'district' },
      ],
    });
  });

  it('a rejected plan goes to its author, unless the author sent it back', () => {
    const rejected: RaisingFact = {
      kind: 'PLAN_REJECTED',
      planId: 'p1',
      title: '11月检查计划',
      authorId: 'author',
      reviewerId: 'reviewer',
      reviewerName: '李督导',
      comment: '覆盖不全',
    };
    expect(audienceOf(rejected).personIds).toEqual(['author']);
    expect(audienceOf({ ...rejected, reviewerId: 'author' }).personIds).toEqual([]);
    expect(notificationsFor(rejected, ['author'])[0]).toMatchObject({
      link: '/inspection/plans/p1',
      params: { reviewerName: '李督导', comment: '覆盖不全' },
    });
  });

  it('an exam goes to every candidate, and a released result to its examinee', () => {
    const published: RaisingFact = {
      kind: 'EXAM_PUBLISHED',
      examId: 'e1',
      title: '月考',
      opensAt: 'a',
      closesAt: 'b',
      candidatePersonIds: ['c1', 'c2'],
    };
    expect(audienceOf(published)).toEqual({ personIds: ['c1', 'c2'], holders: [] });
    const released: RaisingFact = {
      kind: 'RESULT_RELEASED',
      attemptId: 'a1',
      examTitle: '月考',
      personId: 'c1',
      score: 88,
      maxScore: 100,
    };
    expect(audienceOf(released).personIds).toEqual(['c1']);
    expect(notificationsFor(released, ['c1'])).toEqual([
      {
        personId: 'c1',
        kind: 'RESULT_RELEASED',
        title: '月考',
        params: { score: 88, maxScore: 100 },
        area: 'training',
        link: '/training/results/a1',
      },
    ]);
  });

  it('a person named twice (manager and on duty) gets one notification', () => {
    const drafts = notificationsFor(overdue, ['m1', 'm1', 's1']);
    expect(drafts.map((d) => d.personId)).toEqual(['m1', 's1']);
    expect(drafts[0]).toMatchObject({
      title: '湖滨营业厅',
      area: 'inspection',
      link: '/inspection/rectifications',
    });
  });

  it('an exam that had closed before its publication was announced is no news; anything else is', () => {
    const exam: RaisingFact = {
      kind: 'EXAM_PUBLISHED',
      examId: 'e1',
      title: '9月月考',
      opensAt: '2026-09-25T01:00:00.000Z',
      closesAt: '2026-09-25T13:00:00.000Z',
      candidatePersonIds: ['c1'],
    };
    expect(isNews(exam, new Date('2026-09-25T12:00:00Z'))).toBe(true);
    expect(isNews(exam, new Date('2026-12-01T00:00:00Z'))).toBe(false);
    expect(isNews(overdue, new Date('2027-01-01T00:00:00Z'))).toBe(true);
  });

  const queue: RaisingFact = {
    kind: 'QUEUE_WARNING',
    warningId: 'w1',
    hallId: 'hall',
    hallName: '湖滨营业厅',
    level: 2,
    waitingCustomers: 15,
    openCounters: 4,
    at: '2026-11-23T02:00:00.000Z',
  };

  it("a queue warning goes to the hall's managers on and off duty, opening the queue page", () => {
    expect(audienceOf(queue)).toEqual({
      personIds: [],
      holders: [
        { role: 'hall_manager', orgNodeId: 'hall' },
        { role: 'duty_manager', orgNodeId: 'hall' },
      ],
    });
    expect(notificationsFor(queue, ['m1'])).toEqual([
      {
        personId: 'm1',
        kind: 'QUEUE_WARNING',
        title: '湖滨营业厅',
        params: {
          hallName: '湖滨营业厅',
          level: 2,
          waitingCustomers: 15,
          openCounters: 4,
          at: '2026-11-23T02:00:00.000Z',
        },
        area: 'inspection',
        link: '/inspection/queue',
      },
    ]);
  });

  it.each([
    ['announced at once', '2026-11-23T02:00:00Z', true],
    ['announced an hour after its reading', '2026-11-23T03:00:00Z', true],
    ['announced later than that, when the crowd has gone', '2026-11-23T03:00:01Z', false],
  ])('a queue warning %s is news: %s', (_when, at, news) => {
    expect(isNews(queue, new Date(at))).toBe(news);
  });
});
