// Demo policies (制度库) of the demo city: the service standard 首问负责制 in force as version 2, its version 1
// superseded and still readable, required reading for hall staff; and the duty rule 营业厅值班制度 in consultation
// with 上城区 and 西湖区 (上城区's supervisor has answered, 西湖区's has it in the inbox). Texts pass the same
// check a saved draft does. Idempotent: skips when the city has policies already.
import { paragraphs } from '@duda/contract-forms';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FormsPrisma } from '../prisma.ts';
import { checkPolicyDocument } from './domain/document.ts';

const DAY = 86_400_000;
/** The demo city's name as the org seed writes it. */
const CITY_NAME = '杭州分公司';
const HALL_STAFF = ['hall_manager', 'duty_manager', 'manager_assistant', 'clerk'];

export const DEMO_SERVICE_STANDARD = '营业厅首问负责制服务规范';

const text = (lines: string) => {
  const checked = checkPolicyDocument(paragraphs(lines));
  if (!checked.ok) throw new Error('a demo policy text fails the document check');
  return { body: checked.body as Prisma.InputJsonValue, plainText: checked.plainText };
};

export async function seedPoliciesDemo(prisma: FormsPrisma, org: SeededOrg, now: Date) {
  if (await prisma.policy.count({ where: { ownerOrgId: org.cityId } })) return {};
  const author = org.demoPeople['city.sup'];
  const sc = org.districts.find((d) => d.code === 'HZ-SC');
  const xh = org.districts.find((d) => d.code === 'HZ-XH');
  const scSupervisor = org.demoPeople['sc.sup'];
  if (!author || !sc || !xh || !scSupervisor)
    throw new Error('the org seed hands over no city supervisor or districts');
  const city = { id: org.cityId, name: CITY_NAME };
  const subtree = [org.cityId, ...org.districts.flatMap((d) => [d.id, ...d.halls.map((h) => h.id)])];
  const common = {
    authorId: author.id,
    authorName: author.name,
    attachments: [],
    scopeNodes: [city],
    scopeSubtree: subtree,
  };
  const standard = await prisma.policy.create({
    data: {
      title: DEMO_SERVICE_STANDARD,
      category: 'SERVICE_STANDARD',
      ownerOrgId: city.id,
      ownerOrgName: city.name,
      createdById: author.id,
      createdAt: new Date(now.getTime() - 280 * DAY),
    },
  });
  const firstPublished = new Date(now.getTime() - 270 * DAY);
  const revised = new Date(now.getTime() - 90 * DAY);
  await prisma.policyVersion.createMany({
    data: [
      {
        policyId: standard.id,
        number: 1,
        status: 'SUPERSEDED',
        ...common,
        scopeRoles: HALL_STAFF,
        ...text(
          '一、首位接待客户的员工为首问责任人。\n二、首问责任人须为客户办结或引导至能办结的岗位。\n三、不得推诿。',
        ),
        publishedAt: firstPublished,
        supersededAt: revised,
        createdAt: firstPublished,
      },
      {
        policyId: standard.id,
        number: 2,
        status: 'IN_FORCE',
        ...common,
        scopeRoles: HALL_STAFF,
        ...text(
          '一、首位接待客户的员工为首问责任人。\n二、首问责任人须为客户办结或引导至能办结的岗位，并跟踪到办结。\n三、不得推诿，引导时须陪同或电话交接。\n四、当日不能办结的，须在 24 小时内回复客户。',
        ),
        changeNote: '增加跟踪到办结与 24 小时回复的要求',
        publishedAt: revised,
        createdAt: revised,
      },
    ],
  });

  const duty = await prisma.policy.create({
    data: {
      title: '营业厅值班制度',
      category: 'DUTY_RULE',
      ownerOrgId: city.id,
      ownerOrgName: city.name,
      createdById: author.id,
      createdAt: new Date(now.getTime() - 3 * DAY),
    },
  });
  const consulting = await prisma.policyVersion.create({
    data: {
      policyId: duty.id,
      number: 1,
      status: 'IN_CONSULTATION',
      ...common,
      scopeRoles: [],
      ...text(
        '一、营业时间内每厅须有一名值班经理在岗。\n二、交接班须当面交接并在值班日志签字。\n三、节假日实行双人值班。',
      ),
      consultationNodes: [
        { id: sc.id, name: sc.name },
        { id: xh.id, name: xh.name },
      ],
      consultationNodeIds: [sc.id, xh.id],
      consultationDeadline: new Date(now.getTime() + 14 * DAY),
      createdAt: new Date(now.getTime() - 3 * DAY),
    },
  });
  await prisma.policyOpinion.create({
    data: {
      versionId: consulting.id,
      orgNodeId: sc.id,
      orgName: sc.name,
      authorId: scSupervisor.id,
      authorName: scSupervisor.name,
      text: '建议明确节假日双人值班中至少一人为值班经理。',
      givenAt: new Date(now.getTime() - DAY),
    },
  });
  return {};
}
