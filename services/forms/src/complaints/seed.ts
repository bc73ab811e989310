// Demo complaint cases (客户投诉) at 湖滨 and 南星: open ones fresh and under investigation, one past its time limit
// that the escalation job takes to the district at its next run, and closed ones (one closed after an escalation),
// each stepped through the case rules by the people who hold the roles, at plausible times before the seed's.
// Idempotent: skips when there are cases already.
import type { ComplaintCategory, ComplaintChannel } from '@duda/contract-forms';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FormsPrisma } from '../prisma.ts';
import { actOnCase } from './domain/case.ts';
import { escalate } from './domain/escalation.ts';
import { dueFrom } from './domain/limits.ts';
import type { CaseActor, CaseCommand, CaseState, HistoryEntry } from './domain/types.ts';

const HOUR = 3_600_000;

/** The overdue case the complaint story (apps/e2e/stories/forms-complaint.spec.ts) watches escalate and closes. */
export const ESCALATED_DEMO_DESCRIPTION = '客户在柜台办理携号转网，排队两小时无人引导，要求解释并致歉';

interface DemoCase {
  hall: string;
  customerName: string;
  contact: string;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  description: string;
  /** Hours before the seed's time it was taken in. */
  hoursAgo: number;
  intake: string;
  /** Each step: who (the hall's manager or the case's assignee), what, hours after intake. */
  steps: ['manager' | 'assignee', CaseCommand, number][];
  /** Past its limit at the seed's time and left so: the escalation job escalates it, as it would any case. */
  leftForTheJob?: true;
}

type Person = { personId: string; name: string };

const DEMO_CASES = (assignee: (hall: string) => Person, clerk: Person | null): DemoCase[] => [
  {
    hall: 'HZ-SC-01',
    customerName: '刘女士',
    contact: '13967120388',
    channel: 'HALL',
    category: 'SERVICE',
    description: '营业员办理补卡时态度生硬，未说明需要的证件',
    hoursAgo: 2,
    intake: 'hubin.clerk',
    steps: [],
  },
  {
    hall: 'HZ-SC-01',
    customerName: '陈先生',
    contact: '0571-87016688',
    channel: 'PHONE',
    category: 'BUSINESS',
    description: '套餐变更后当月多扣费 38 元，要求退还',
    hoursAgo: 20,
    intake: 'hubin.duty',
    steps: [
      ['manager', { action: 'CLASSIFY', category: 'BUSINESS', assignee: assignee('HZ-SC-01') }, 1],
      ['assignee', { action: 'INVESTIGATE', note: '已调取计费记录，套餐生效日期为次月，正在与计费核对' }, 4],
    ],
  },
  {
    hall: 'HZ-SC-01',
    customerName: '赵先生',
    contact: '15858123456',
    channel: 'HALL',
    category: 'SERVICE',
    description: ESCALATED_DEMO_DESCRIPTION,
    hoursAgo: 30,
    intake: 'hubin.clerk',
    steps: [['manager', { action: 'CLASSIFY', category: 'SERVICE', assignee: assignee('HZ-SC-01') }, 1]],
    leftForTheJob: true,
  },
  {
    hall: 'HZ-SC-02',
    customerName: '孙女士',
    contact: '13706541234',
    channel: 'ONLINE',
    category: 'PRODUCT',
    description: '新购手机三天内屏幕出现亮线，要求换机',
    hoursAgo: 24 * 9,
    intake: 'nanxing.mgr',
    steps: [
      ['manager', { action: 'CLASSIFY', category: 'PRODUCT', assignee: assignee('HZ-SC-02') }, 1],
      ['assignee', { action: 'INVESTIGATE', note: '经检测属屏幕质量问题，已联系厂商' }, 20],
      [
        'assignee',
        {
          action: 'RESOLVE',
          responsibility: '产品质量问题（厂商）',
          compensation: '免费换新机',
          measures: '到货检测加看屏幕',
        },
        40,
      ],
      ['assignee', { action: 'FEEDBACK', note: '已电话告知换机安排' }, 44],
      ['assignee', { action: 'FOLLOW_UP', satisfaction: 'SATISFIED', note: '换机后使用正常，客户满意' }, 60],
      ['manager', { action: 'CLOSE', note: '结案' }, 61],
    ],
  },
  {
    hall: 'HZ-SC-01',
    customerName: '周先生',
    contact: '18268001234',
    channel: 'HALL',
    category: 'SERVICE',
    description: '等候叫号时工作人员闲聊，未及时接待',
    hoursAgo: 24 * 14,
    intake: 'hubin.clerk',
    steps: [
      ['manager', { action: 'CLASSIFY', category: 'SERVICE', assignee: assignee('HZ-SC-01') }, 2],
      ['assignee', { action: 'INVESTIGATE', note: '核对录像，情况属实' }, 30],
      [
        'assignee',
        {
          action: 'RESOLVE',
          responsibility: '当班营业员',
          measures: '晨会通报，纳入月度考核',
          responsiblePerson: clerk,
        },
        34,
      ],
      ['assignee', { action: 'FEEDBACK', note: '店面经理致电道歉' }, 36],
      ['assignee', { action: 'FOLLOW_UP', satisfaction: 'SATISFIED', note: '客户接受道歉' }, 46],
      ['manager', { action: 'CLOSE' }, 47],
    ],
  },
];

export async function seedComplaintsDemo(prisma: FormsPrisma, org: SeededOrg, now: Date) {
  if ((await prisma.complaint.count()) > 0) return {};
  const halls = new Map(
    org.districts.flatMap((d) => d.halls.map((h) => [h.code, { ...h, districtId: d.id }])),
  );
  const staffOf = (hall: string) => org.hallStaff[hall] ?? [];
  const manager = (hall: string): CaseActor => {
    const m = staffOf(hall)[0]!;
    return {
      personId: m.id,
      name: m.name,
      roles: [{ role: 'hall_manager', orgNodeId: halls.get(hall)!.id }],
    };
  };
  const assignee = (hall: string) => {
    const s = staffOf(hall)[1] ?? staffOf(hall)[0]!;
    return { personId: s.id, name: s.name };
  };
  const clerk = org.demoPeople['hubin.clerk'];
  const cases = DEMO_CASES(assignee, clerk ? { personId: clerk.id, name: clerk.name } : null);
  for (const demo of cases) {
    const hall = halls.get(demo.hall);
    const intake = org.demoPeople[demo.intake];
    if (!hall || !intake || staffOf(demo.hall).length === 0) continue;
    const receivedAt = new Date(now.getTime() - demo.hoursAgo * HOUR);
    let state: CaseState = {
      status: 'RECEIVED',
      category: demo.category,
      line: { hallId: hall.id, districtId: hall.districtId, cityId: org.cityId },
      intakeBy: { personId: intake.id, name: intake.name },
      assignee: null,
      level: 'HALL',
      dueAt: dueFrom(receivedAt, demo.category),
    };
    const entries: [HistoryEntry, Date][] = [
      [
        {
          action: 'INTAKE',
          actor: state.intakeBy,
          fromStatus: null,
          toStatus: 'RECEIVED',
          note: null,
          detail: {},
        },
        receivedAt,
      ],
    ];
    const extra: { escalatedAt?: Date; closedAt?: Date; responsibleId?: string; responsibleName?: string } =
      {};
    // Past its limit, a case is escalated at that moment, as the job would have (again if the next limit passes).
    const catchUp = (until: Date) => {
      while (state.dueAt <= until) {
        const when = state.dueAt;
        const up = escalate(state, when);
        if (!up) return;
        state = up.state;
        entries.push([up.entry, when]);
        extra.escalatedAt = when;
      }
    };
    for (const [who, command, hours] of demo.steps) {
      const at = new Date(receivedAt.getTime() + hours * HOUR);
      catchUp(at);
      const actor = who === 'manager' ? manager(demo.hall) : { ...state.assignee!, roles: [] };
      const result = actOnCase(state, command, actor);
      if (!result.ok) throw new Error(`demo complaint “${demo.description}”: ${command.action} refused`);
      state = result.state;
      entries.push([result.entry, at]);
      if (command.action === 'RESOLVE' && command.responsiblePerson) {
        extra.responsibleId = command.responsiblePerson.personId;
        extra.responsibleName = command.responsiblePerson.name;
      }
      if (command.action === 'CLOSE') extra.closedAt = at;
    }
    if (!demo.leftForTheJob) catchUp(now);
    await prisma.complaint.create({
      data: {
        ...extra,
        hallId: hall.id,
        hallName: hall.name,
        districtId: hall.districtId,
        cityId: org.cityId,
        customerName: demo.customerName,
        contact: demo.contact,
        channel: demo.channel,
        category: state.category,
        description: demo.description,
        evidence: [],
        status: state.status,
        level: state.level,
        dueAt: state.dueAt,
        intakeById: intake.id,
        intakeByName: intake.name,
        assigneeId: state.assignee?.personId ?? null,
        assigneeName: state.assignee?.name ?? null,
        receivedAt,
        history: {
          create: entries.map(([entry, at]) => ({
            at,
            action: entry.action,
            actorId: entry.actor?.personId ?? null,
            actorName: entry.actor?.name ?? null,
            fromStatus: entry.fromStatus,
            toStatus: entry.toStatus,
            note: entry.note,
            detail: entry.detail as Prisma.InputJsonValue,
          })),
        },
      },
    });
  }
  return {};
}
