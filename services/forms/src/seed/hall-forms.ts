// The hall's ten management forms (营业督导管理工作表单, 表1–表10) as the province's reference templates, after
// docs/domain.md "Forms": their columns, sections, computed totals, conditions and checks, and the approval flow
// of the three that need one (表1 plan flow, 表6, 表10).
import type { FlowDefinition, UiSchemaInput } from '@duda/contract-forms';
import { f, half, l, options, required } from './field-kit.ts';

export interface HallForm {
  code: string;
  name: { 'zh-CN': string; en: string };
  description: { 'zh-CN': string; en: string };
  ui: UiSchemaInput;
  approvalFlow: FlowDefinition | null;
}

const month = f.text('month', '月份', 'Month', {
  ...required,
  ...half,
  maxLength: 7,
  help: l('格式 YYYY-MM，例如 2026-11', 'As YYYY-MM, e.g. 2026-11'),
});
const hall = f.orgNode('hall', '营业厅', 'Hall', { ...required, ...half });

const table1: HallForm = {
  code: '表1',
  name: l('营业厅月工作计划', 'Hall monthly work plan'),
  description: l(
    '店面经理每月初制定，权重合计 100，月底逐项自评',
    'Made by the hall manager at the start of each month; weights add up to 100; each item self-scored at month end',
  ),
  ui: {
    format: 1,
    title: l('营业厅月工作计划', 'Hall monthly work plan'),
    fields: [
      hall,
      month,
      f.table('items', '工作计划', 'Work items', {
        ...required,
        minRows: 1,
        maxRows: 30,
        columns: [
          f.number('no', '序号', 'No.', { precision: 0, min: 1 }),
          f.text('topic', '工作主题', 'Topic', required),
          f.number('weight', '权重', 'Weight', { ...required, precision: 0, min: 0, max: 100 }),
          f.longText('details', '工作内容', 'Details', { maxLength: 1000 }),
          f.date('due', '计划完成时间', 'Planned completion'),
          f.person('owner', '责任人', 'Owner'),
          f.text('deliverable', '完成标志', 'Deliverable'),
          f.longText('summary', '完成情况', 'Completion summary', { maxLength: 1000 }),
          f.number('selfScore', '自评分', 'Self-score', { precision: 1, min: 0, max: 100 }),
          f.computed('weighted', '加权得分', 'Weighted score', {
            precision: 2,
            compute: {
              op: 'div',
              args: [{ op: 'mul', args: [{ ref: 'weight' }, { ref: 'selfScore' }] }, { const: 100 }],
            },
          }),
        ],
      }),
      f.computed('weightTotal', '权重合计', 'Total weight', {
        ...half,
        precision: 0,
        compute: { sum: 'items', column: 'weight' },
      }),
      f.computed('selfScoreTotal', '自评总分', 'Self-score total', {
        ...half,
        precision: 2,
        help: l('各项权重 × 自评分 ÷ 100 之和', 'Sum of weight × self-score ÷ 100 over the items'),
        compute: { sum: 'items', column: 'weighted' },
      }),
    ],
    checks: [{ kind: 'sumEquals', field: 'items', column: 'weight', value: 100 }],
  },
  approvalFlow: {
    stages: [
      {
        steps: [
          {
            key: 'district',
            name: '区县督导审核',
            approvers: [{ kind: 'role', role: 'district_supervisor' }],
            mode: 'ANY',
            deadlineHours: 72,
          },
        ],
      },
    ],
  },
};

const text = (key: string, zh: string, en: string) => f.longText(key, zh, en, { maxLength: 2000 });

const table2: HallForm = {
  code: '表2',
  name: l('营业厅月报表', 'Hall monthly report'),
  description: l('每月一份，八个部分', 'One a month, in eight sections'),
  ui: {
    format: 1,
    title: l('营业厅月报表', 'Hall monthly report'),
    sections: [
      { key: 'marketing', title: l('一、营销情况', '1. Marketing') },
      { key: 'basic', title: l('二、基础管理', '2. Basic management') },
      { key: 'service', title: l('三、服务管理', '3. Service') },
      { key: 'business', title: l('四、业务管理', '4. Business') },
      { key: 'people', title: l('五、人员管理', '5. People') },
      { key: 'waiting', title: l('六、客户等候时长', '6. Customer waiting time') },
      { key: 'team', title: l('七、团队建设', '7. Team building') },
      { key: 'adhoc', title: l('八、临时性工作', '8. Ad-hoc work') },
    ],
    fields: [
      { ...hall, section: 'marketing' },
      { ...month, section: 'marketing' },
      f.number('signUps', '放号量', 'Sign-ups', { ...half, section: 'marketing', precision: 0, min: 0 }),
      f.number('businessVolume', '业务量', 'Business volume', {
        ...half,
        section: 'marketing',
        precision: 0,
        min: 0,
      }),
      { ...text('marketingAnalysis', '营销分析', 'Analysis'), section: 'marketing' },
      { ...text('accounts', '账务管理', 'Accounts'), section: 'basic' },
      { ...text('goods', '物品管理', 'Goods'), section: 'basic' },
      { ...text('publicity', '宣传管理', 'Publicity'), section: 'basic' },
      { ...text('improvements', '本月改进', "This month's improvements"), section: 'basic' },
      { ...text('serviceOverall', '服务总体情况', 'Service overall'), section: 'service' },
      {
        ...text('satisfaction', '客户满意度及建议', 'Customer satisfaction and suggestions'),
        section: 'service',
      },
      {
        ...text('supervisionRules', '督导规范执行情况', 'How the supervision rules were followed'),
        section: 'service',
      },
      { ...text('innovations', '服务创新', 'Innovations'), section: 'service' },
      {
        ...text('serviceShortStaves', '服务短板及上月整改', "Short staves and last month's fixes"),
        section: 'service',
      },
      {
        ...text('trainingResults', '培训、考试、检查结果及分析', 'Training, exam and check results'),
        section: 'business',
      },
      { ...text('measures', '改进措施', 'Measures'), section: 'business' },
      { ...text('businessShortStaves', '业务短板', 'Business short staves'), section: 'business' },
      f.number('headcount', '在岗人数', 'Headcount', { ...half, section: 'people', precision: 0, min: 0 }),
      f.number('leavers', '离职人数', 'Leavers', { ...half, section: 'people', precision: 0, min: 0 }),
      f.number('interns', '实习生人数', 'Interns', { ...half, section: 'people', precision: 0, min: 0 }),
      { ...text('appraisal', '人员考核情况', 'Appraisal'), section: 'people' },
      { ...text('waitingOverall', '等候时长总体情况', 'Waiting time overall'), section: 'waiting' },
      f.number('tickets', '取号量', 'Tickets issued', { ...half, section: 'waiting', precision: 0, min: 0 }),
      f.number('footfall', '客流量', 'Footfall', { ...half, section: 'waiting', precision: 0, min: 0 }),
      f.computed('ticketRate', '取号率（%）', 'Tickets per visitor (%)', {
        ...half,
        section: 'waiting',
        precision: 1,
        compute: {
          round: {
            op: 'mul',
            args: [{ op: 'div', args: [{ ref: 'tickets' }, { ref: 'footfall' }] }, { const: 100 }],
          },
          digits: 1,
        },
      }),
      { ...text('activities', '团队活动', 'Activities'), section: 'team' },
      { ...text('teamResults', '活动成效', 'What they achieved'), section: 'team' },
      { ...text('adhocWork', '临时性工作', 'Ad-hoc work'), section: 'adhoc' },
    ],
  },
  approvalFlow: null,
};

const table3: HallForm = {
  code: '表3',
  name: l('营业厅排班表', 'Hall roster'),
  description: l(
    '按业务量、营销活动和客流每周排班，每人每天一个班次',
    'Weekly shifts set from volume, campaigns and footfall; one shift per person per day',
  ),
  ui: {
    format: 1,
    title: l('营业厅排班表', 'Hall roster'),
    fields: [
      hall,
      f.dateRange('week', '排班周期', 'Week', { ...required, ...half }),
      f.longText('basis', '排班依据', 'Basis', {
        maxLength: 1000,
        help: l('业务量、营销活动、客流情况', 'Volume, campaigns and footfall'),
      }),
      f.table('shifts', '班次安排', 'Shifts', {
        ...required,
        minRows: 1,
        maxRows: 200,
        columns: [
          f.person('person', '人员', 'Person', required),
          f.date('day', '日期', 'Day', required),
          f.select('shift', '班次', 'Shift', {
            ...required,
            options: options(
              ['early', '早班', 'Early'],
              ['middle', '中班', 'Middle'],
              ['late', '晚班', 'Late'],
              ['full', '全天', 'Full day'],
              ['rest', '休息', 'Rest'],
            ),
          }),
          f.select('post', '岗位', 'Post', {
            options: options(
              ['counter', '柜台', 'Counter'],
              ['lobby', '大堂', 'Lobby'],
              ['duty', '值班', 'Duty'],
            ),
          }),
          f.text('note', '备注', 'Note'),
        ],
      }),
      f.computed('shiftCount', '班次数', 'Shifts', { ...half, precision: 0, compute: { count: 'shifts' } }),
    ],
    checks: [{ kind: 'uniqueRows', field: 'shifts', columns: ['person', 'day'] }],
  },
  approvalFlow: null,
};

const table4: HallForm = {
  code: '表4',
  name: l('营业厅会议管理', 'Hall meeting records'),
  description: l(
    '晨会、夕会、周例会、月度会议的参会人员与会议纪要',
    'Daily briefings, weekly and monthly meetings: attendees and minutes',
  ),
  ui: {
    format: 1,
    title: l('营业厅会议记录', 'Hall meeting record'),
    fields: [
      hall,
      f.select('meetingType', '会议类型', 'Meeting', {
        ...required,
        ...half,
        options: options(
          ['briefing', '晨会/夕会', 'Daily briefing'],
          ['weekly', '周例会', 'Weekly meeting'],
          ['monthly', '月度会议', 'Monthly meeting'],
        ),
      }),
      f.date('date', '会议日期', 'Date', { ...required, ...half }),
      f.time('startTime', '开始时间', 'Start', half),
      f.person('host', '主持人', 'Chair', { ...required, ...half }),
      f.text('topic', '会议主题', 'Topic', required),
      f.table('attendees', '参会人员', 'Attendees', {
        minRows: 1,
        columns: [f.person('person', '姓名', 'Name', required), f.text('note', '备注', 'Note')],
      }),
      f.computed('attendeeCount', '参会人数', 'Attendees', {
        ...half,
        precision: 0,
        compute: { count: 'attendees' },
      }),
      f.longText('minutes', '会议纪要', 'Minutes', { ...required, maxLength: 5000 }),
      f.longText('decisions', '决议事项', 'Decisions', { maxLength: 2000 }),
      f.text('absent', '缺席人员及原因', 'Absent and why'),
    ],
  },
  approvalFlow: null,
};

const table5: HallForm = {
  code: '表5',
  name: l('营业厅工号管理', 'Hall staff ID management'),
  description: l(
    '业务系统工号的发放、暂停、注销与恢复',
    'Business-system login IDs issued, suspended, revoked and restored',
  ),
  ui: {
    format: 1,
    title: l('营业厅工号管理登记', 'Staff ID register'),
    fields: [
      hall,
      f.table('records', '工号变动', 'ID changes', {
        ...required,
        minRows: 1,
        columns: [
          f.person('person', '使用人', 'Holder', required),
          f.text('loginId', '工号', 'Login ID', { ...required, maxLength: 30 }),
          f.select('system', '业务系统', 'System', {
            ...required,
            options: options(
              ['crm', 'CRM 系统', 'CRM'],
              ['billing', '计费系统', 'Billing'],
              ['other', '其他', 'Other'],
            ),
          }),
          f.select('action', '操作', 'Action', {
            ...required,
            options: options(
              ['issue', '发放', 'Issue'],
              ['suspend', '暂停', 'Suspend'],
              ['revoke', '注销', 'Revoke'],
              ['restore', '恢复', 'Restore'],
            ),
          }),
          f.date('date', '日期', 'Date', required),
          f.text('reason', '原因', 'Reason', {
            requiredWhen: { field: 'action', in: ['suspend', 'revoke'] },
          }),
        ],
      }),
      f.signature('managerSignature', '店面经理签字', "Hall manager's signature"),
    ],
  },
  approvalFlow: null,
};

const table6: HallForm = {
  code: '表6',
  name: l('特殊情况审批表', 'Special-situation approval'),
  description: l(
    '超出规定的事项，说明理由后报批',
    'A request outside the rules, with its reasons, for approval',
  ),
  ui: {
    format: 1,
    title: l('特殊情况审批表', 'Special-situation approval'),
    fields: [
      hall,
      f.text('title', '事项', 'Matter', required),
      f.select('category', '类别', 'Category', {
        ...required,
        ...half,
        options: options(
          ['fee', '费用减免', 'Fee waiver'],
          ['business', '业务特批', 'Business exception'],
          ['rule', '规章例外', 'Rule exception'],
          ['other', '其他', 'Other'],
        ),
      }),
      f.date('occurredOn', '发生日期', 'Date', half),
      f.money('amount', '涉及金额（元）', 'Amount (yuan)', {
        ...half,
        visibleWhen: { field: 'category', equals: 'fee' },
        requiredWhen: { field: 'category', equals: 'fee' },
      }),
      f.longText('description', '情况说明', 'Description', { ...required, maxLength: 2000 }),
      f.longText('reasons', '申请理由', 'Reasons', { ...required, maxLength: 2000 }),
      f.attachment('evidence', '证明材料', 'Evidence', { maxFiles: 5 }),
    ],
  },
  approvalFlow: {
    stages: [
      {
        steps: [
          {
            key: 'manager',
            name: '店面经理审核',
            approvers: [{ kind: 'role', role: 'hall_manager' }],
            mode: 'ANY',
            deadlineHours: 24,
          },
        ],
      },
      {
        steps: [
          {
            key: 'district',
            name: '区县督导审批',
            approvers: [{ kind: 'role', role: 'district_supervisor' }],
            mode: 'ANY',
            deadlineHours: 48,
          },
        ],
      },
    ],
  },
};

const table7: HallForm = {
  code: '表7',
  name: l('硬件报障记录单', 'Hardware fault record'),
  description: l('设备、故障、报障时间与修复时间', 'Device, fault, when reported, when fixed'),
  ui: {
    format: 1,
    title: l('硬件报障记录单', 'Hardware fault record'),
    fields: [
      hall,
      f.text('device', '设备名称', 'Device', { ...required, ...half }),
      f.select('deviceType', '设备类型', 'Device type', {
        ...required,
        ...half,
        options: options(
          ['pc', '电脑', 'Computer'],
          ['printer', '打印机', 'Printer'],
          ['queue', '排队叫号机', 'Queue machine'],
          ['pos', 'POS 机', 'POS terminal'],
          ['idReader', '身份证读卡器', 'ID card reader'],
          ['other', '其他', 'Other'],
        ),
      }),
      f.text('assetNo', '资产编号', 'Asset number', half),
      f.longText('fault', '故障现象', 'Fault', { ...required, maxLength: 1000 }),
      f.date('reportedAt', '报障日期', 'Reported on', { ...required, ...half }),
      f.time('reportedTime', '报障时间', 'Reported at', half),
      f.select('result', '处理结果', 'Result', {
        ...required,
        ...half,
        options: options(
          ['fixed', '已修复', 'Fixed'],
          ['replaced', '已更换', 'Replaced'],
          ['pending', '待处理', 'Pending'],
        ),
      }),
      f.date('fixedAt', '修复日期', 'Fixed on', {
        ...half,
        requiredWhen: { field: 'result', in: ['fixed', 'replaced'] },
      }),
      f.text('fixedBy', '维修人员', 'Repaired by', half),
      f.number('downtimeHours', '停用时长（小时）', 'Downtime (hours)', { ...half, precision: 1, min: 0 }),
    ],
    checks: [{ kind: 'notAfter', field: 'reportedAt', later: 'fixedAt' }],
  },
  approvalFlow: null,
};

const table8: HallForm = {
  code: '表8',
  name: l('客户投诉受理表', 'Complaint intake'),
  description: l(
    '客户、联系方式、渠道、类别与投诉内容',
    'Customer, contact, channel, category and the matter',
  ),
  ui: {
    format: 1,
    title: l('客户投诉受理表', 'Complaint intake'),
    fields: [
      hall,
      f.text('customerName', '客户姓名', 'Customer', { ...required, ...half, maxLength: 40 }),
      f.text('contact', '联系电话', 'Contact', { ...required, ...half, maxLength: 30 }),
      f.select('channel', '受理渠道', 'Channel', {
        ...required,
        ...half,
        options: options(
          ['hall', '厅内', 'In the hall'],
          ['phone', '电话', 'Phone'],
          ['online', '网络', 'Online'],
        ),
      }),
      f.select('category', '投诉类别', 'Category', {
        ...required,
        ...half,
        options: options(
          ['business', '业务', 'Business'],
          ['service', '服务', 'Service'],
          ['product', '产品质量', 'Product quality'],
        ),
      }),
      f.date('receivedAt', '受理日期', 'Received on', { ...required, ...half }),
      f.person('handler', '受理人', 'Taken by', half),
      f.longText('description', '投诉内容', 'Complaint', { ...required, maxLength: 2000 }),
      f.attachment('evidence', '证据材料', 'Evidence', { maxFiles: 5 }),
      f.longText('resolution', '处理结果', 'Resolution', { maxLength: 2000 }),
      f.select('feedback', '客户反馈', 'Customer feedback', {
        ...half,
        options: options(
          ['satisfied', '满意', 'Satisfied'],
          ['basically', '基本满意', 'Mostly satisfied'],
          ['dissatisfied', '不满意', 'Dissatisfied'],
        ),
      }),
      f.longText('followUp', '回访情况', 'Follow-up visit', {
        maxLength: 1000,
        requiredWhen: { field: 'feedback', equals: 'dissatisfied' },
      }),
    ],
  },
  approvalFlow: null,
};

const table9: HallForm = {
  code: '表9',
  name: l('员工交流谈话记录表', 'Staff conversation record'),
  description: l('与员工的辅导和绩效谈话', 'Coaching and performance conversations with a staff member'),
  ui: {
    format: 1,
    title: l('员工交流谈话记录表', 'Staff conversation record'),
    fields: [
      hall,
      f.person('staff', '谈话对象', 'Staff member', { ...required, ...half }),
      f.date('date', '谈话日期', 'Date', { ...required, ...half }),
      f.select('kind', '谈话类型', 'Kind', {
        ...required,
        ...half,
        options: options(
          ['coaching', '辅导谈话', 'Coaching'],
          ['performance', '绩效面谈', 'Performance'],
          ['routine', '日常沟通', 'Routine'],
          ['other', '其他', 'Other'],
        ),
      }),
      f.text('topic', '谈话主题', 'Topic', required),
      f.longText('content', '谈话内容', 'Conversation', { ...required, maxLength: 3000 }),
      f.longText('staffOpinion', '员工意见', "Staff member's view", { maxLength: 1000 }),
      f.longText('actions', '改进措施', 'Agreed actions', { maxLength: 1000 }),
      f.date('nextDate', '下次跟进日期', 'Next follow-up', half),
      f.signature('interviewerSignature', '谈话人签字', "Interviewer's signature"),
      f.signature('staffSignature', '员工签字', "Staff member's signature"),
    ],
    checks: [{ kind: 'notAfter', field: 'date', later: 'nextDate' }],
  },
  approvalFlow: null,
};

const table10: HallForm = {
  code: '表10',
  name: l('员工请假审批单', 'Leave approval'),
  description: l(
    '请假人、日期、假别和事由，店面经理审批',
    'Who, when, what kind of leave and why; approved by the hall manager',
  ),
  ui: {
    format: 1,
    title: l('员工请假审批单', 'Leave request'),
    fields: [
      hall,
      f.person('applicant', '请假人', 'Applicant', { ...required, ...half }),
      f.text('post', '岗位', 'Post', half),
      f.select('kind', '假别', 'Kind of leave', {
        ...required,
        ...half,
        options: options(
          ['annual', '年休假', 'Annual'],
          ['sick', '病假', 'Sick'],
          ['personal', '事假', 'Personal'],
          ['marriage', '婚假', 'Marriage'],
          ['maternity', '产假', 'Maternity'],
          ['bereavement', '丧假', 'Bereavement'],
          ['other', '其他', 'Other'],
        ),
      }),
      f.dateRange('period', '请假日期', 'Dates', { ...required, ...half }),
      f.computed('days', '请假天数', 'Days', {
        ...half,
        precision: 0,
        help: l('按起止日期计算，含首尾两天', 'From the dates, both ends counted'),
        compute: { days: 'period' },
      }),
      f.longText('reason', '请假事由', 'Reason', { ...required, maxLength: 1000 }),
      f.attachment('sickNote', '病假证明', 'Sick note', {
        maxFiles: 3,
        visibleWhen: { field: 'kind', equals: 'sick' },
        requiredWhen: {
          all: [
            { field: 'kind', equals: 'sick' },
            { field: 'days', gt: 2 },
          ],
        },
        help: l('病假超过 2 天须附医院证明', 'Sick leave of more than 2 days needs a note from the hospital'),
      }),
      f.person('handover', '工作交接人', 'Handover to', half),
    ],
  },
  approvalFlow: {
    stages: [
      {
        steps: [
          {
            key: 'manager',
            name: '店面经理审批',
            approvers: [{ kind: 'role', role: 'hall_manager' }],
            mode: 'ANY',
            deadlineHours: 24,
          },
        ],
      },
    ],
  },
};

export const HALL_FORMS: readonly HallForm[] = [
  table1,
  table2,
  table3,
  table4,
  table5,
  table6,
  table7,
  table8,
  table9,
  table10,
];
