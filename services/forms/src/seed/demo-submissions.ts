// Realistic demo records of the ten forms, filled in at the first halls of each district of the demo city in
// November 2026: a plan with weights adding up to 100 and month-end self-scores, a report, a week's roster, the
// meetings, staff ID changes, a special request, faults, conversations and leave requests. No 表8: complaints are
// cases (src/complaints/seed.ts), never plain records.
import type { SeededOrg } from '@duda/service-org/seed';

export interface DemoSubmission {
  code: string;
  hall: { id: string; name: string };
  submitter: { id: string; name: string };
  submittedAt: Date;
  data: Record<string, unknown>;
}

type Person = { id: string; name: string };

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour - 8));
const d = (day: number) => `2026-11-${String(day).padStart(2, '0')}`;
const ref = (p: Person) => ({ id: p.id, name: p.name });

function plan(hall: Person, manager: Person, staff: Person[]) {
  const items = [
    ['放号量冲刺：完成月度新增 420 户', 30, '每日晨会通报进度，周末增派大堂引导', '新增 ≥ 420 户', 92],
    ['服务规范：神秘访客得分 ≥ 95', 25, '每周两次对照服务规范自查，问题当日整改', '神秘访客得分', 88],
    ['员工培训：携号转网新政全员过关', 20, '分两批集中培训，月底闭卷测试', '测试通过率 100%', 95],
    ['等候时长：高峰期平均等候 ≤ 10 分钟', 15, '按客流调整班次，开启弹性窗口', '排队系统月报', 80],
    ['厅容厅貌：宣传物料更新与 5S 管理', 10, '15 日前完成新版宣传物料布置', '检查无扣分', 100],
  ] as const;
  return {
    hall: ref(hall),
    month: '2026-11',
    items: items.map(([topic, weight, details, deliverable, selfScore], index) => ({
      no: index + 1,
      topic,
      weight,
      details,
      due: d(index === 4 ? 15 : 30),
      owner: ref(index === 0 ? manager : staff[index % staff.length]!),
      deliverable,
      summary: selfScore >= 90 ? '已完成' : '基本完成，下月继续跟进',
      selfScore,
    })),
  };
}

function report(hall: Person, seed: number) {
  return {
    hall: ref(hall),
    month: '2026-11',
    signUps: 380 + seed * 17,
    businessVolume: 5200 + seed * 230,
    marketingAnalysis: '双十一合约机活动带动放号，宽带融合业务环比增长 8%。',
    accounts: '日结账务无差错，备用金按时盘点。',
    goods: '终端库存盘点一致，赠品出入库登记完整。',
    publicity: '更新 5G 套餐海报与电子屏内容。',
    improvements: '增设老年人爱心窗口，优化取号引导。',
    serviceOverall: '服务总体平稳，无重大投诉。',
    satisfaction: '短信满意度 97.2%，客户建议延长周末营业时间。',
    supervisionRules: '督导检查两次，发现问题 3 项，均已整改。',
    innovations: '推出“一次办好”业务清单。',
    serviceShortStaves: '上月高峰等候偏长，本月通过弹性窗口改善。',
    trainingResults: '月考平均 86 分，高于全市平均 2 分。',
    measures: '针对错题开展专题辅导。',
    businessShortStaves: '政企业务办理不熟练。',
    headcount: 12,
    leavers: seed % 2,
    interns: 1,
    appraisal: '月度考核全部合格，1 人评为服务之星。',
    waitingOverall: '平均等候 9.6 分钟，较上月缩短 1.4 分钟。',
    tickets: 4120 + seed * 90,
    footfall: 5350 + seed * 110,
    activities: '组织一次户外拓展与一次业务技能比武。',
    teamResults: '团队协作明显改善，技能比武 2 人获奖。',
    adhocWork: '配合市公司完成反诈宣传周活动。',
  };
}

function roster(hall: Person, staff: Person[]) {
  const shifts = ['early', 'middle', 'late'] as const;
  const rows: Record<string, unknown>[] = [];
  for (let day = 16; day <= 22; day++) {
    [...new Set(staff.slice(0, 4))].forEach((person, index) => {
      const rest = (day + index) % 6 === 0;
      rows.push({
        person: ref(person),
        day: d(day),
        shift: rest ? 'rest' : shifts[(day + index) % 3],
        ...(rest ? {} : { post: index === 0 ? 'duty' : index === 1 ? 'lobby' : 'counter' }),
      });
    });
  }
  return {
    hall: ref(hall),
    week: { start: d(16), end: d(22) },
    basis: '周末客流较工作日高 35%，双十一后合约机交付集中在周一、周二。',
    shifts: rows,
  };
}

const meeting = (hall: Person, host: Person, staff: Person[]) => ({
  hall: ref(hall),
  meetingType: 'weekly',
  date: d(23),
  startTime: '08:30',
  host: ref(host),
  topic: '第 47 周工作例会',
  attendees: staff.slice(0, 5).map((person) => ({ person: ref(person) })),
  minutes: '通报本周放号进度（完成 78%），讨论周末高峰排班，强调携号转网新政口径。',
  decisions: '周六增开一个弹性窗口；周三前完成新政培训。',
});

const staffIds = (hall: Person, staff: Person[]) => ({
  hall: ref(hall),
  records: [
    { person: ref(staff[1]!), loginId: 'HZ-CRM-20931', system: 'crm', action: 'issue', date: d(3) },
    {
      person: ref(staff[2]!),
      loginId: 'HZ-BIL-11840',
      system: 'billing',
      action: 'suspend',
      date: d(12),
      reason: '休产假，暂停工号',
    },
  ],
});

const special = (hall: Person) => ({
  hall: ref(hall),
  title: '老年客户异地补卡手续费减免',
  category: 'fee',
  occurredOn: d(18),
  amount: 20,
  description: '82 岁客户手机丢失，身份证为外省签发，按规定需收取补卡费。',
  reasons: '客户行动不便且为多年老用户，建议一次性减免补卡费 20 元。',
});

const fault = (hall: Person, seed: number) =>
  seed % 2 === 0
    ? {
        hall: ref(hall),
        device: '3 号窗口身份证读卡器',
        deviceType: 'idReader',
        assetNo: 'ZC-2023-0412',
        fault: '读卡时提示“设备未连接”，重插无效。',
        reportedAt: d(9),
        reportedTime: '09:20',
        result: 'replaced',
        fixedAt: d(10),
        fixedBy: '市公司 IT 运维 王工',
        downtimeHours: 26,
      }
    : {
        hall: ref(hall),
        device: '排队叫号机',
        deviceType: 'queue',
        fault: '叫号屏幕间歇性黑屏。',
        reportedAt: d(25),
        reportedTime: '14:05',
        result: 'pending',
      };

const conversation = (hall: Person, staff: Person) => ({
  hall: ref(hall),
  staff: ref(staff),
  date: d(20),
  kind: 'coaching',
  topic: '月考成绩低于全市平均的辅导谈话',
  content: '共同分析错题集中在国际漫游资费和携号转网规则，约定每日学习半小时。',
  staffOpinion: '希望安排老员工一对一带教。',
  actions: '由值班经理带教两周，月底复测。',
  nextDate: d(30),
});

const leave = (
  hall: Person,
  applicant: Person,
  handover: Person,
  kind: string,
  start: number,
  end: number,
  reason: string,
) => ({
  hall: ref(hall),
  applicant: ref(applicant),
  post: '营业员',
  kind,
  period: { start: d(start), end: d(end) },
  reason,
  handover: ref(handover),
});

/** The demo records, per hall: the first hall of each district. */
export function demoSubmissions(org: SeededOrg): DemoSubmission[] {
  const halls = org.districts.map((district) => district.halls[0]!).filter(Boolean);
  return halls.flatMap((hall, seed) => {
    const staff = (org.hallStaff[hall.code] ?? []).map((s) => ({ id: s.id, name: s.name }));
    if (staff.length === 0) return [];
    // The manager first; the others by turn (a small hall repeats people).
    const manager = staff[0]!;
    const others = [1, 2, 3, 4].map((n) => staff[n % staff.length]!);
    const place = { id: hall.id, name: hall.name };
    const by = (
      submitter: Person,
      code: string,
      day: number,
      data: Record<string, unknown>,
    ): DemoSubmission => ({
      code,
      hall: place,
      submitter,
      submittedAt: at(day),
      data,
    });
    return [
      by(manager, '表1', 2, plan(place, manager, others)),
      by(manager, '表2', 30, report(place, seed)),
      by(manager, '表3', 14, roster(place, staff)),
      by(manager, '表4', 23, meeting(place, manager, staff)),
      by(manager, '表5', 12, staffIds(place, [manager, ...others])),
      by(others[0]!, '表6', 18, special(place)),
      by(others[1]!, '表7', 9, fault(place, seed)),
      by(others[1]!, '表7', 25, fault(place, seed + 1)),
      by(manager, '表9', 20, conversation(place, others[3]!)),
      by(others[0]!, '表10', 5, leave(place, others[0]!, others[1]!, 'annual', 10, 12, '回老家探亲')),
      by(others[2]!, '表10', 19, leave(place, others[2]!, others[3]!, 'personal', 24, 24, '孩子学校家长会')),
    ];
  });
}
