// Demo contingency data (应急预案与演练): the city's five templates, each demo hall's plans adopted from them, past
// drills of its system-outage plan (one evaluated by its district, every other hall one still to evaluate), the next
// drill due within the week, and one closed incident at the first hall (power failure, sent up to the district).
// Idempotent (skips when templates exist); times relative to the seed's `now`.
import { randomUUID } from 'node:crypto';
import type { PlanBody, PlanKind } from '@duda/contract-operations';
import { addCalendarDays, chinaDateOf } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import type { OperationsPrisma } from '../prisma.ts';
import { adaptTemplate } from '../domain/plan-adapt.ts';
import { bodyOf } from './plan-service.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const IT_DUTY = { name: '市公司 IT 值班', phone: '0571-88001000', duty: '系统与网络恢复' };
const TEMPLATES: (PlanBody & { kind: PlanKind })[] = [
  {
    kind: 'SYSTEM_OUTAGE',
    title: '业务系统故障应急预案',
    activation: 'CRM、计费或开户系统中断超过 10 分钟，或多台柜台终端同时无法办理业务',
    escalateAt: 2,
    steps: [
      { text: '确认故障范围，报告市公司 IT 值班并记录报障时间', role: 'duty_manager' },
      { text: '启动手工登记，张贴系统故障告示', role: 'clerk' },
      { text: '安抚排队客户，引导可延后办理的客户预约', role: 'manager_assistant' },
      { text: '系统恢复后补录手工登记的业务并核对', role: 'clerk' },
      { text: '向区县督导报告处置结果', role: 'hall_manager' },
    ],
    contacts: [IT_DUTY],
  },
  {
    kind: 'POWER_NETWORK',
    title: '停电断网应急预案',
    activation: '营业厅停电或网络中断，预计超过 15 分钟',
    escalateAt: 2,
    steps: [
      { text: '联系物业与供电所确认停电原因和恢复时间', role: 'duty_manager' },
      { text: '启用应急照明，保护现金与有价卡', role: 'clerk' },
      { text: '告知客户并引导至就近营业厅', role: 'manager_assistant' },
      { text: '恢复后检查设备并重启系统', role: 'duty_manager' },
    ],
    contacts: [IT_DUTY, { name: '物业值班', phone: '0571-87000110', duty: '供电' }],
  },
  {
    kind: 'CROWDING',
    title: '客流拥堵应急预案',
    activation: '排队等候超过 30 分钟或出现二级排队预警',
    escalateAt: 3,
    steps: [
      { text: '增开柜台，安排弹性岗位上岗', role: 'duty_manager' },
      { text: '引导客户使用自助终端和线上渠道', role: 'manager_assistant' },
      { text: '维持排队秩序，关注老人与特殊客户', role: 'clerk' },
    ],
    contacts: [],
  },
  {
    kind: 'SECURITY',
    title: '治安事件应急预案',
    activation: '营业厅内发生斗殴、抢夺、可疑物品等危及人员财产安全的情况',
    escalateAt: 1,
    steps: [
      { text: '拨打 110 报警，保护现场', role: 'duty_manager' },
      { text: '疏散客户与员工至安全区域', role: 'manager_assistant' },
      { text: '保存监控录像，配合警方调查', role: 'hall_manager' },
    ],
    contacts: [{ name: '辖区派出所', phone: '110', duty: '报警' }],
  },
  {
    kind: 'PUBLIC_HEALTH',
    title: '公共卫生事件应急预案',
    activation: '营业厅内有人突发疾病，或所在地区发布公共卫生预警',
    escalateAt: 2,
    steps: [
      { text: '拨打 120 并安排专人陪同', role: 'duty_manager' },
      { text: '隔离相关区域并消毒', role: 'clerk' },
      { text: '登记在场人员信息，按要求报告', role: 'hall_manager' },
    ],
    contacts: [{ name: '急救中心', phone: '120', duty: '急救' }],
  },
];

type Person = { id: string; name: string };

export async function seedContingencyDemo(prisma: OperationsPrisma, org: SeededOrg, now: Date) {
  if ((await prisma.planTemplate.count()) > 0) return { plans: 0, drills: 0 };
  const today = chinaDateOf(now);
  let plans = 0;
  let drills = 0;
  await prisma.$transaction(async (tx) => {
    const templates = await Promise.all(
      TEMPLATES.map(({ kind, ...body }) =>
        tx.planTemplate.create({
          data: {
            ...body,
            kind,
            cityId: org.cityId,
            revisions: { create: { ...body, revision: 1, savedByName: '' } },
          },
        }),
      ),
    );
    for (const [districtIndex, district] of org.districts.entries()) {
      const supervisor = org.districtSupervisors[district.code]?.[0];
      for (const [hallIndex, hall] of district.halls.entries()) {
        const staff = org.hallStaff[hall.code] ?? [];
        const manager: Person | undefined = staff[0];
        if (!manager) continue;
        const adopted = await Promise.all(
          templates.map((template) =>
            tx.hallPlan.create({
              data: {
                orgNodeId: hall.id,
                orgName: hall.name,
                templateId: template.id,
                kind: template.kind,
                ...adaptTemplate({ ...bodyOf(template), revision: template.revision }),
              },
            }),
          ),
        );
        plans += adopted.length;
        const outage = adopted[0]!;
        const steps = outage.steps as PlanBody['steps'];
        const held = async (daysAgo: number, minutes: number, evaluated: boolean) => {
          const startedAt = new Date(now.getTime() - daysAgo * DAY);
          const closedAt = new Date(startedAt.getTime() + minutes * MINUTE);
          const incident = await tx.incident.create({
            data: {
              planId: outage.id,
              orgNodeId: hall.id,
              orgName: hall.name,
              mode: 'DRILL',
              title: outage.title,
              level: 1,
              escalateAt: outage.escalateAt,
              startedById: manager.id,
              startedByName: manager.name,
              startedAt,
              closedAt,
              closedByName: manager.name,
              review: '各岗位按预案完成处置，手工登记衔接顺畅',
              steps: {
                create: steps.map((step, index) => ({
                  order: index + 1,
                  text: step.text,
                  role: step.role,
                  doneAt: new Date(
                    startedAt.getTime() + ((index + 1) * minutes * MINUTE) / (steps.length + 1),
                  ),
                  doneById: manager.id,
                  doneByName: manager.name,
                })),
              },
            },
          });
          const fail = (districtIndex + hallIndex) % 4 === 3;
          await tx.drill.create({
            data: {
              planId: outage.id,
              orgNodeId: hall.id,
              orgName: hall.name,
              dueOn: chinaDateOf(startedAt),
              scheduledByName: manager.name,
              incidentId: incident.id,
              ...(evaluated && supervisor
                ? {
                    rating: fail ? 'FAIL' : hallIndex % 2 ? 'PASS' : 'GOOD',
                    findings: fail ? '手工登记单找不到，耽误 8 分钟；未及时报告 IT 值班' : '告示张贴稍慢',
                    actions: fail
                      ? '登记单固定放在 1 号柜台，每月检查；值班经理手机置顶 IT 值班电话'
                      : '告示提前打印备用',
                    evaluatedByName: supervisor.name,
                    evaluatedAt: new Date(closedAt.getTime() + DAY),
                  }
                : {}),
            },
          });
          drills += 1;
        };
        await held(90 + hallIndex, 18 + (hallIndex % 3) * 4, true);
        if (hallIndex % 2 === 0) await held(12, 16 + (hallIndex % 5), false);
        await tx.drill.create({
          data: {
            planId: outage.id,
            orgNodeId: hall.id,
            orgName: hall.name,
            dueOn: addCalendarDays(today, 5),
            scheduledByName: supervisor?.name ?? manager.name,
          },
        });
        drills += 1;
        if (districtIndex === 0 && hallIndex === 0)
          await closedIncident(tx, adopted[1]!, manager, supervisor, now);
      }
    }
  });
  return { plans, drills };
}

/** 湖滨's power failure ten days ago: sent up to the district, taken up, closed with a review. */
async function closedIncident(
  tx: Parameters<Parameters<OperationsPrisma['$transaction']>[0]>[0],
  plan: { id: string; orgNodeId: string; orgName: string; title: string; escalateAt: number; steps: unknown },
  manager: Person,
  supervisor: Person | undefined,
  now: Date,
) {
  const startedAt = new Date(now.getTime() - 10 * DAY);
  const at = (minutes: number) => new Date(startedAt.getTime() + minutes * MINUTE);
  const steps = plan.steps as PlanBody['steps'];
  await tx.incident.create({
    data: {
      id: randomUUID(),
      planId: plan.id,
      orgNodeId: plan.orgNodeId,
      orgName: plan.orgName,
      mode: 'INCIDENT',
      title: plan.title,
      level: 2,
      escalateAt: plan.escalateAt,
      startedById: manager.id,
      startedByName: manager.name,
      startedAt,
      escalatedAt: startedAt,
      acknowledgedAt: at(8),
      acknowledgedByName: supervisor?.name ?? null,
      closedAt: at(95),
      closedByName: manager.name,
      review: '片区线路检修导致停电 80 分钟；引导 23 位客户至就近营业厅，无投诉。建议物业提前通知检修计划。',
      steps: {
        create: steps.map((step, index) => ({
          order: index + 1,
          text: step.text,
          role: step.role,
          doneAt: at(5 + index * 20),
          doneById: manager.id,
          doneByName: manager.name,
        })),
      },
      notes: {
        create: [
          { text: '物业告知：线路检修，预计 1 小时恢复', byId: manager.id, byName: manager.name, at: at(6) },
          { text: '已引导客户至南星营业厅办理', byId: manager.id, byName: manager.name, at: at(30) },
        ],
      },
    },
  });
}
