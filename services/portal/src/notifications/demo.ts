// Demo notifications (通知) for the demo roles, so every bell has something in it on a fresh `npm start`:
// the hall and its district told of an overdue order, a district supervisor's plan sent back, the clerks and
// managers of 湖滨 told of this month's exam and a released result. Fixed source ids make it idempotent.
import { createHash } from 'node:crypto';
import type { SeededOrg } from '@duda/service-org/seed';
import type { NotificationDraft } from '../domain/notification-recipients.ts';
import type { PortalPrisma } from '../prisma.ts';

/** A stable UUID per demo event, so a second seed run adds nothing. */
const demoEventId = (name: string) => {
  const hex = createHash('sha256').update(`portal-demo:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

const HOUR = 3_600_000;

export async function seedDemoNotifications(prisma: PortalPrisma, org: SeededOrg, now: Date) {
  const person = (username: string) => org.demoPeople[username]?.id;
  const hubin = org.districts.flatMap((d) => d.halls).find((h) => h.name === '湖滨营业厅');
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const drafts: {
    event: string;
    hoursAgo: number;
    read: boolean;
    to: string[];
    draft: Omit<NotificationDraft, 'personId'>;
  }[] = [
    {
      event: 'overdue-hubin',
      hoursAgo: 3,
      read: false,
      to: ['hubin.mgr', 'hubin.duty', 'sc.sup'],
      draft: {
        kind: 'RECTIFICATION_OVERDUE',
        title: hubin?.name ?? '湖滨营业厅',
        params: { hallName: hubin?.name ?? '湖滨营业厅', deadline: at(27).toISOString() },
        area: 'inspection',
        link: '/inspection/rectifications',
      },
    },
    {
      event: 'plan-rejected-sc',
      hoursAgo: 26,
      read: false,
      to: ['sc.sup', 'xh.sup'],
      draft: {
        kind: 'PLAN_REJECTED',
        title: '下月服务检查计划',
        params: { reviewerName: '王建国', comment: '请补充复查安排' },
        area: 'inspection',
        link: '/inspection/plans',
      },
    },
    {
      event: 'exam-published-monthly',
      hoursAgo: 5,
      read: false,
      to: ['hubin.clerk', 'hubin.mgr', 'hubin.duty', 'nanxing.mgr'],
      draft: {
        kind: 'EXAM_PUBLISHED',
        title: '营业员月度考试',
        params: { opensAt: at(2).toISOString(), closesAt: new Date(now.getTime() + 72 * HOUR).toISOString() },
        area: 'training',
        link: '/training/mine',
      },
    },
    {
      event: 'result-released-clerk',
      hoursAgo: 50,
      read: true,
      to: ['hubin.clerk'],
      draft: {
        kind: 'RESULT_RELEASED',
        title: '上月营业员月度考试',
        params: { score: 86, maxScore: 100 },
        area: 'training',
        link: '/training/results',
      },
    },
  ];
  const rows = drafts.flatMap(({ event, hoursAgo, read, to, draft }) =>
    to.flatMap((username) => {
      const personId = person(username);
      return personId
        ? [
            {
              ...draft,
              params: { ...draft.params },
              personId,
              sourceEventId: demoEventId(event),
              createdAt: at(hoursAgo),
              readAt: read ? at(hoursAgo - 1) : null,
            },
          ]
        : [];
    }),
  );
  const { count } = await prisma.notification.createMany({ data: rows, skipDuplicates: true });
  return { notifications: count };
}
