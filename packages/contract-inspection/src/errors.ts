// What the inspection service (and the rules a page runs too) refuses, as codes with parameters; the portal
// words them in zh-CN or English.
import { defineErrors, defineTerms } from '@duda/contract-kit';
import { inspectionFieldLabels } from './field-labels.ts';

// Words the messages name: statuses, steps and kinds, keyed by their contract values.
export const planStatusTerms = defineTerms('inspection.planStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'a draft' },
  SUBMITTED: { 'zh-CN': '待审批', en: 'awaiting approval' },
  APPROVED: { 'zh-CN': '已审批', en: 'approved' },
  REJECTED: { 'zh-CN': '已退回', en: 'sent back' },
  PUBLISHED: { 'zh-CN': '已下发', en: 'published' },
});

export const planActionTerms = defineTerms('inspection.planAction', {
  SUBMIT: { 'zh-CN': '提交审批', en: 'submit for approval' },
  APPROVE: { 'zh-CN': '审批通过', en: 'approve' },
  REJECT: { 'zh-CN': '退回', en: 'send back' },
  REVISE: { 'zh-CN': '重新修改', en: 'revise' },
  PUBLISH: { 'zh-CN': '下发', en: 'publish' },
});

export const orderStatusTerms = defineTerms('inspection.orderStatus', {
  OPEN: { 'zh-CN': '待整改', en: 'to be rectified' },
  RESPONDED: { 'zh-CN': '待验证', en: 'awaiting verification' },
  REJECTED_BACK: { 'zh-CN': '已退回重改', en: 'sent back for rework' },
  ACCEPTED: { 'zh-CN': '已闭环', en: 'closed' },
});

export const orderActionTerms = defineTerms('inspection.orderAction', {
  RESPOND: { 'zh-CN': '提交整改反馈', en: 'report the rectification' },
  ACCEPT: { 'zh-CN': '验证通过', en: 'accept it' },
  REJECT_BACK: { 'zh-CN': '退回重改', en: 'send it back for rework' },
});

export const plannedKindTerms = defineTerms('inspection.plannedKind', {
  SELF_CHECK: { 'zh-CN': '营业厅自查', en: 'hall self-check' },
  MONTHLY_VISIT: { 'zh-CN': '月度明查', en: 'monthly visit' },
  CROSS: { 'zh-CN': '交叉巡检', en: 'cross inspection' },
  MYSTERY: { 'zh-CN': '神秘客户暗访', en: 'mystery shopping' },
});

/** A bad result of one checklist item, named the way inspectors see it: `检查项 A01「仪容仪表规范」…`. */
const item = <const Zh extends string, const En extends string>(zh: Zh, en: En) => ({
  kind: 'BAD_REQUEST' as const,
  'zh-CN': `检查项 {code}「{title}」${zh}` as const,
  en: `Item {code} "{title}" ${en}` as const,
});

export const inspectionErrors = defineErrors('inspection', {
  // 通用 shared by several sub-areas
  monthFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '月份格式应为 YYYY-MM',
    en: 'The month must be written as YYYY-MM.',
  },
  dateFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '日期格式应为 YYYY-MM-DD',
    en: 'The date must be written as YYYY-MM-DD.',
  },
  hallIdFormat: { kind: 'BAD_REQUEST', 'zh-CN': '营业厅编号格式不正确', en: 'The hall ID is not valid.' },
  hallNotInScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选营业厅不存在或不在您的管辖范围内',
    en: 'The selected hall does not exist or is outside your area.',
  },
  monthArchived: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{month}的检查资料已立卷归档，不能再修改。',
    en: 'The inspection records of {month} are archived and can no longer be changed.',
  },

  // 检查标准 checklist standards
  templateNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '检查标准不存在',
    en: 'The checklist standard does not exist.',
  },
  readTemplateDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该检查标准',
    en: 'You may not view this checklist standard.',
  },
  readTemplatesDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看检查标准',
    en: 'You may not view checklist standards.',
  },
  manageTemplatesDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权维护该市的检查标准',
    en: "You may not maintain this city's checklist standards.",
  },
  versionPublished: {
    kind: 'CONFLICT',
    'zh-CN': '「{name}」第 {version} 版已发布，不能直接修改，请基于它创建新版本。',
    en: 'Version {version} of "{name}" is published and cannot be changed; create a new version from it.',
  },
  versionNotUsable: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '「{name}」第 {version} 版未发布或已停用，不能用于新的检查。',
    en: 'Version {version} of "{name}" is not published or has been retired; it cannot be used for new inspections.',
  },
  draftExists: {
    kind: 'CONFLICT',
    'zh-CN': '「{name}」已有一个未发布的草稿版本，请继续编辑该草稿。',
    en: '"{name}" already has an unpublished draft version; continue editing that draft.',
  },
  notADraft: {
    kind: 'CONFLICT',
    'zh-CN': '「{name}」第 {version} 版不是草稿，不能重复发布。',
    en: 'Version {version} of "{name}" is not a draft and cannot be published again.',
  },
  retireOnlyInUse: {
    kind: 'CONFLICT',
    'zh-CN': '只有使用中的检查标准才能停用，「{name}」第 {version} 版当前不在使用中。',
    en: 'Only a standard in use can be retired; version {version} of "{name}" is not in use.',
  },
  standardNameRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写检查标准名称。',
    en: 'Enter the name of the checklist standard.',
  },
  passLineRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '达标线应在 0 到 100 分之间。',
    en: 'The pass line must be between 0 and 100 points.',
  },
  sectionsRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查标准至少需要一个分组。',
    en: 'A checklist standard needs at least one section.',
  },
  sectionCodeRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 个分组还没有编号。',
    en: 'Section {n} has no code yet.',
  },
  sectionNameRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '分组 {code} 还没有名称。',
    en: 'Section {code} has no name yet.',
  },
  sectionCodeDuplicate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '分组编号 {code} 重复了。',
    en: 'Section code {code} is used twice.',
  },
  sectionEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '分组「{name}」下还没有检查项。',
    en: 'Section "{name}" has no items yet.',
  },
  itemCodeFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项编号「{code}」格式不正确，应为大写字母加两位数字，例如 A01。',
    en: 'Item code "{code}" is not valid: use capital letters and two digits, such as A01.',
  },
  itemCodeDuplicate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项编号 {code} 重复了。',
    en: 'Item code {code} is used twice.',
  },
  itemTitleRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项 {code} 还没有填写检查内容。',
    en: 'Item {code} has no description of what to check yet.',
  },
  itemWeightPositive: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项 {code} 的分值必须大于 0(只有一票否决项可以不计分)。',
    en: 'Item {code} must be worth more than 0 points (only a veto item may carry none).',
  },
  vetoPassFailOnly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '一票否决项 {code} 只能按合格/不合格判定。',
    en: 'Veto item {code} can only be judged pass or fail.',
  },
  maxPointsRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项 {code} 按分数评分时，满分应为 1 到 {limit} 之间的整数。',
    en: 'When item {code} is scored in points, its maximum must be a whole number from 1 to {limit}.',
  },
  passFailNoMaxPoints: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项 {code} 按合格/不合格判定，不需要设置满分。',
    en: 'Item {code} is judged pass or fail and needs no maximum points.',
  },
  scoredItemRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查标准至少需要一个计分的检查项，仅有一票否决项无法计算得分。',
    en: 'A checklist standard needs at least one scored item; veto items alone give no score.',
  },

  // 检查计划 plans
  planNotFound: { kind: 'NOT_FOUND', 'zh-CN': '检查计划不存在', en: 'The inspection plan does not exist.' },
  readPlanDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该检查计划',
    en: 'You may not view this inspection plan.',
  },
  planDraftPrivate: {
    kind: 'FORBIDDEN',
    'zh-CN': '该检查计划还是草稿，作者提交审批后您才能查看',
    en: 'This inspection plan is still a draft; you can see it once its author submits it for approval.',
  },
  planForUnitDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位制定检查计划',
    en: 'You may not make inspection plans for this unit.',
  },
  planScopeLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查计划只能按市公司或区县公司制定',
    en: 'Inspection plans are made for a city or a district company only.',
  },
  noCityOfUnit: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该单位不属于任何市公司',
    en: 'This unit belongs to no city company.',
  },
  planExists: {
    kind: 'CONFLICT',
    'zh-CN': '{scope}{month} 的检查计划已存在，请打开该计划修改。',
    en: 'An inspection plan of {scope} for {month} already exists; open that plan to change it.',
  },
  planMonthPast: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{month}已经过去，不能再为它制定检查计划；请选择本月或下月。',
    en: '{month} is over; plans are made for this month or the next.',
  },
  planMonthTooFar: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{month}还太远，检查计划只能为本月或下月制定；最晚可选{last}。',
    en: 'It is too early to plan {month}: plans are made for this month or the next, {last} at the latest.',
  },
  entryHallOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划中的营业厅不在{scope}范围内',
    en: 'The hall of plan entry {n} is not within {scope}.',
  },
  entryTemplateUnpublished: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划请选择一份已发布的检查标准',
    en: 'Choose a published checklist standard for plan entry {n}.',
  },
  entryInspectorOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划中的检查人员不存在或不在您的管辖范围内',
    en: 'An inspector of plan entry {n} does not exist or is outside your area.',
  },
  entryHallMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划中的营业厅不存在。',
    en: 'The hall of plan entry {n} does not exist.',
  },
  entryInspectorMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划中的检查人员不存在。',
    en: 'An inspector of plan entry {n} does not exist.',
  },
  entryDateInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划的计划日期「{date}」不是有效日期。',
    en: 'The planned date "{date}" of plan entry {n} is not a valid date.',
  },
  entryDateOutsideMonth: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划的计划日期 {date} 不在计划月份（{month}）内。',
    en: 'The planned date {date} of plan entry {n} is not in the plan month ({month}).',
  },
  entryNoInspector: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划还没有安排检查人员。',
    en: 'Plan entry {n} has no inspector yet.',
  },
  entryInspectorTwice: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划重复安排了同一名检查人员。',
    en: 'Plan entry {n} names the same inspector twice.',
  },
  entryDuplicate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 条计划与第 {earlier} 条是同一营业厅的同类检查（{kind})，请合并为一条。',
    en: 'Plan entries {earlier} and {n} are the same kind of inspection ({kind}) of the same hall; merge them into one.',
  },
  crossSameDistrict: {
    kind: 'BAD_REQUEST',
    'zh-CN':
      '交叉巡检不能由本区县人员检查本区县营业厅：{names}（{district}）不能检查同属{district}的「{hall}」，请改派其他区县的人员。',
    en: 'A cross inspection cannot be done by staff of the hall\'s own district: {names} ({district}) cannot inspect "{hall}", which is in {district} too. Assign staff of another district.',
  },
  planChangedMeanwhile: {
    kind: 'CONFLICT',
    'zh-CN': '计划状态已被他人更新，请刷新后再操作',
    en: "Someone else has just changed the plan's status. Refresh and try again.",
  },
  planActionDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有计划制定人或本单位督导可以{action}该计划。',
    en: "Only the plan's author or a supervisor of its unit may {action} this plan.",
  },
  leadersApproveOnly: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有主管领导可以审批检查计划。',
    en: 'Only an executive can approve inspection plans.',
  },
  ownPlanApproval: {
    kind: 'FORBIDDEN',
    'zh-CN': '不能审批自己制定的检查计划，请由其他主管领导审批。',
    en: 'You cannot approve a plan you made; another executive must approve it.',
  },
  planWrongState: {
    kind: 'CONFLICT',
    'zh-CN': '计划当前状态为「{status}」，不能执行「{action}」。',
    en: 'The plan is {status}; "{action}" is not possible now.',
  },
  rejectCommentRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '退回计划时请填写退回原因。',
    en: 'Give a reason when sending a plan back.',
  },
  planEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '计划中还没有任何检查安排，不能提交审批。',
    en: 'The plan has no inspections scheduled yet, so it cannot be submitted for approval.',
  },
  plannedVisitNotYet: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '这次计划检查安排在{month}，到该月才能开始；营业厅可先按下发的检查单自查。',
    en: 'This planned inspection is scheduled for {month} and can start once that month begins; the hall may self-check against the issued checklist before then.',
  },
  planNotEditable: {
    kind: 'CONFLICT',
    'zh-CN': '计划当前状态为「{status}」，不能再修改。',
    en: 'The plan is {status} and can no longer be changed.',
  },
  editPlanDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有计划制定人或本单位督导可以修改该计划。',
    en: "Only the plan's author or a supervisor of its unit may change this plan.",
  },

  // 检查 inspections
  inspectionNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '检查记录不存在',
    en: 'The inspection record does not exist.',
  },
  readInspectionDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该检查记录',
    en: 'You may not view this inspection record.',
  },
  planEntryMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '计划中没有这项检查任务',
    en: 'The plan has no such inspection task.',
  },
  planNotPublished: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '该检查计划尚未下发，不能开始检查',
    en: 'This inspection plan has not been published yet, so the inspection cannot start.',
  },
  kindMismatch: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查类型与计划不一致',
    en: 'The kind of inspection differs from the plan.',
  },
  noDailyChecklist: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '本市尚未发布日检表，请联系市公司督导',
    en: 'Your city has not published a daily checklist yet; contact the city supervisor.',
  },
  chooseTemplate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择一份已发布的检查标准',
    en: 'Choose a published checklist standard.',
  },
  templateOfOtherCity: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查标准不属于该营业厅所在的市',
    en: "The checklist standard is not one of the hall's city.",
  },
  hallsOnly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能对营业厅进行检查',
    en: 'Only business halls can be inspected.',
  },
  hallInactive: { kind: 'BAD_REQUEST', 'zh-CN': '{hall}已停用', en: '{hall} is deactivated.' },
  hallOutsideTree: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该营业厅不在任何区县或市下面',
    en: 'This hall belongs to no district or city.',
  },
  selfCheckDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有本营业厅的管理人员可以做日检和自查',
    en: "Only the hall's own managers can do its daily checks and self-checks.",
  },
  planEntryNotAssigned: {
    kind: 'FORBIDDEN',
    'zh-CN': '这项计划检查任务只能由计划中指派的检查人员进行',
    en: 'Only the inspectors the plan assigns can carry out this planned inspection.',
  },
  crossInspectorNotAssigned: {
    kind: 'FORBIDDEN',
    'zh-CN': '交叉巡检只能由计划中指派的检查人员进行',
    en: 'A cross inspection can only be done by the inspectors the plan assigns.',
  },
  inspectHallDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权检查该营业厅',
    en: 'You may not inspect this hall.',
  },
  inspectionKeyTaken: {
    kind: 'CONFLICT',
    'zh-CN': '该检查编号已被使用，请刷新后重试',
    en: 'This inspection ID is already in use. Refresh and try again.',
  },
  notYourInspection: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有检查人本人可以填写这份检查',
    en: 'Only the inspector can fill in this inspection.',
  },
  inspectionSubmitted: {
    kind: 'CONFLICT',
    'zh-CN': '这份检查已提交，不能再修改',
    en: 'This inspection has been submitted and can no longer be changed.',
  },
  draftChangedElsewhere: {
    kind: 'CONFLICT',
    'zh-CN': '这份检查已在其他页面或设备上更新，请刷新后继续',
    en: 'This inspection was updated on another page or device. Refresh and continue.',
  },
  mysteryNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '神秘客户暗访记录不存在',
    en: 'The mystery shopping record does not exist.',
  },
  publishMysteryDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以公布暗访结果',
    en: 'Only a city supervisor can publish mystery shopping results.',
  },
  mysteryNotSubmitted: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '暗访结果尚未提交，不能公布',
    en: 'The mystery shopping result has not been submitted yet, so it cannot be published.',
  },
  noScorableItems: {
    kind: 'BAD_REQUEST',
    'zh-CN': '本次检查所有计分项都判定为"不适用"，无法计算得分，请至少对一项计分项作出评价。',
    en: 'Every scored item of this inspection is "not applicable", so no score can be calculated; judge at least one scored item.',
  },
  naNotAllowed: item('不允许判定为"不适用"。', 'cannot be judged "not applicable".'),
  passFailOnly: item('只能判定为合格或不合格。', 'can only be judged pass or fail.'),
  pointsRequired: item('需要填写 0 到 {max} 分之间的得分。', 'needs a score from 0 to {max} points.'),
  pointsRange: item(
    '的得分应在 0 到 {max} 分之间，当前填写的是 {points} 分。',
    'must score from 0 to {max} points; {points} was entered.',
  ),
  pointsWhole: item('的得分只能是整数。', 'can only score whole points.'),
  photoEvidenceRequired: item(
    '需要拍照留证，请至少上传一张照片。',
    'needs photo evidence; upload at least one photo.',
  ),
  itemTwice: item('填写了不止一次。', 'was filled in more than once.'),
  itemMissing: item('还没有填写检查结果。', 'has no result yet.'),
  unknownItem: {
    kind: 'BAD_REQUEST',
    'zh-CN': '检查项 {code} 不在检查标准「{standard}」(第 {version} 版）中。',
    en: 'Item {code} is not in version {version} of the checklist standard "{standard}".',
  },

  // 照片 photos
  uploadPhotoDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该营业厅上传照片',
    en: 'You may not upload photos for this hall.',
  },
  photoRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请选择要上传的照片', en: 'Choose a photo to upload.' },
  photoEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '照片是空文件', en: 'The photo is an empty file.' },
  photoTooLarge: {
    kind: 'BAD_REQUEST',
    'zh-CN': '照片不能超过 {megabytes} MB',
    en: 'A photo cannot be larger than {megabytes} MB.',
  },
  photoType: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能上传 JPG、PNG 或 WebP 格式的图片',
    en: 'Only JPG, PNG or WebP images can be uploaded.',
  },
  photosUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '引用的照片不存在或不属于该营业厅，请重新上传',
    en: 'A referenced photo does not exist or belongs to another hall. Upload it again.',
  },

  // 整改 rectification
  orderNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '整改单不存在',
    en: 'The rectification order does not exist.',
  },
  readOrderDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该整改单',
    en: 'You may not view this rectification order.',
  },
  handleOrderDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权处理该整改单',
    en: 'You may not handle this rectification order.',
  },
  orderChangedMeanwhile: {
    kind: 'CONFLICT',
    'zh-CN': '整改单已被他人处理，请刷新后查看最新状态',
    en: 'Someone else has just handled this rectification order. Refresh to see where it stands.',
  },
  inspectionNotSubmittedForOrders: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '检查尚未提交，不能生成整改单。',
    en: 'The inspection has not been submitted, so no rectification orders can be raised.',
  },
  orderWrongState: {
    kind: 'CONFLICT',
    'zh-CN': '整改单当前状态为「{status}」，不能{doing}。',
    en: 'The rectification order is {status}, so you cannot {doing}.',
  },
  hallRespondsOnly: {
    kind: 'FORBIDDEN',
    'zh-CN': '整改措施应由被检查营业厅填写。',
    en: 'The rectification measures are reported by the inspected hall.',
  },
  inspectorVerifiesOnly: {
    kind: 'FORBIDDEN',
    'zh-CN': '整改结果应由检查人员或检查单位验证。',
    en: 'The rectification is verified by the inspector or the inspecting unit.',
  },
  measuresRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写已采取的整改措施。',
    en: 'Describe the measures taken.',
  },
  measuresMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写整改措施',
    en: 'Describe the rectification measures.',
  },
  afterPhotoRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该问题要求拍照留证，请上传整改后的照片。',
    en: 'This problem needs photo evidence; upload a photo taken after the rectification.',
  },
  rejectReasonRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '退回整改时请说明原因，营业厅才能有针对性地重新整改。',
    en: 'Give a reason when sending a rectification back, so the hall knows what to redo.',
  },
  rejectReasonMissing: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写退回原因',
    en: 'Give the reason for sending it back.',
  },
  deadlineDaysInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '整改期限应为不小于 0 的整数天数。',
    en: 'The rectification deadline must be a whole number of days, 0 or more.',
  },
  deadlineOrder: {
    kind: 'BAD_REQUEST',
    'zh-CN': '问题越严重，整改期限应越短：严重 ≤ 一般 ≤ 轻微。',
    en: 'The more serious the problem, the shorter its deadline: critical ≤ major ≤ minor.',
  },
  escalationDaysInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '升级到市公司的超期天数应为不小于 0 的整数。',
    en: 'The days overdue before escalating to the city must be a whole number, 0 or more.',
  },

  // 通报 notices
  noticeNotFound: { kind: 'NOT_FOUND', 'zh-CN': '通报不存在', en: 'The notice does not exist.' },
  readNoticeDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看该通报', en: 'You may not view this notice.' },
  noticeScopeLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '通报按市公司或区县公司生成',
    en: 'Notices are written for a city or a district company.',
  },
  writeNoticeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位编写通报',
    en: 'You may not write notices for this unit.',
  },
  editNoticeDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权修改该通报', en: 'You may not change this notice.' },
  publishNoticeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权发布该通报',
    en: 'You may not publish this notice.',
  },
  noticePublishedThisMonth: {
    kind: 'CONFLICT',
    'zh-CN': '本月通报已发布，不能重新生成',
    en: "This month's notice is published and cannot be generated again.",
  },
  noticePublishedNoEdit: {
    kind: 'CONFLICT',
    'zh-CN': '通报已发布，不能再修改',
    en: 'The notice is published and can no longer be changed.',
  },
  noticeLocked: {
    kind: 'CONFLICT',
    'zh-CN': '通报已发布，不能再修改。',
    en: 'The notice is published and can no longer be changed.',
  },
  noticePublished: { kind: 'CONFLICT', 'zh-CN': '通报已发布', en: 'The notice is already published.' },
  noticeTitleRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写通报标题。',
    en: 'Enter the title of the notice.',
  },
  caseDescriptionRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写典型案例的情况描述。',
    en: 'Describe what happened in the typical case.',
  },
  caseInspectionOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '典型案例第 {n} 条引用的检查不在本通报的范围和月份内，或您无权查看。',
    en: 'Typical case {n} cites an inspection outside this notice’s units and month, or one you may not see.',
  },
  casePhotoNotOfInspection: {
    kind: 'BAD_REQUEST',
    'zh-CN': '典型案例第 {n} 条的照片不属于它引用的检查。',
    en: 'A photo of typical case {n} does not belong to the inspection it cites.',
  },
  commonProblemUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '共性问题只能从本月统计出的问题中选择。',
    en: "Common problems can only be chosen from this month's counted problems.",
  },
  noticeSummaryRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '通报正文（总体情况）不能为空。',
    en: 'The body of the notice (overall situation) cannot be empty.',
  },
  noticeMonthFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '通报月份「{month}」格式不正确，应为 YYYY-MM。',
    en: 'The notice month "{month}" is not valid; write it as YYYY-MM.',
  },
  rankingSizeInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '排名表的条数应为正整数。',
    en: 'The number of ranking rows must be a positive whole number.',
  },

  // 归档 archive
  archiveScopeLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '归档按市公司或区县公司进行',
    en: 'Archiving is done for a city or a district company.',
  },
  archiveDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位归档',
    en: 'You may not archive for this unit.',
  },
  archiveBlocked: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '暂不能归档：{reasons}',
    en: 'Cannot archive yet: {reasons}',
  },
  alreadyArchived: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{month}已经立卷归档。',
    en: '{month} is already archived.',
  },
  monthNotOver: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{month}尚未结束，月末之后才能归档。',
    en: '{month} is not over yet; it can be archived after the month ends.',
  },
  draftsOpen: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '还有 {count} 份检查未提交，请提交或删除后再归档。',
    en: 'Inspections not yet submitted: {count}. Submit or delete them first.',
  },
  ordersOpen: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '还有 {count} 张整改单未闭环。',
    en: 'Rectification orders not yet closed: {count}.',
  },
  noticeNotPublished: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '{month}的服务检查通报尚未发布。',
    en: 'The service inspection notice of {month} is not published yet.',
  },

  // 看板 dashboard and defects
  noInspectionData: {
    kind: 'BAD_REQUEST',
    'zh-CN': '您没有可查看的检查数据',
    en: 'There are no inspection figures you may view.',
  },
  readFiguresDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该单位的检查数据',
    en: "You may not view this unit's inspection figures.",
  },
  dashboardScopeLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择一个市公司、区县公司或营业厅',
    en: 'Choose a city company, a district company or a hall.',
  },
  readDefectsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该营业厅的缺陷库',
    en: "You may not view this hall's defect library.",
  },

  // 排队预警 queue warnings
  reportQueueDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有本营业厅人员可以上报排队情况',
    en: "Only the hall's own staff can report its queue.",
  },
  queueHallOnly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能为营业厅上报排队情况',
    en: 'Queues are reported for business halls only.',
  },
  readQueueDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该营业厅的排队情况',
    en: "You may not view this hall's queue.",
  },
  warningNotFound: { kind: 'NOT_FOUND', 'zh-CN': '预警记录不存在', en: 'The warning does not exist.' },
  handleWarningDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权处理该预警',
    en: 'You may not handle this warning.',
  },
  readQueueSettingsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看该市的预警设置',
    en: "You may not view this city's warning settings.",
  },
  editThresholdsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以调整预警阈值',
    en: 'Only a city supervisor can change the warning thresholds.',
  },
  openCountersInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '开放台席数应为不小于 0 的整数。',
    en: 'The number of open counters must be a whole number, 0 or more.',
  },
  waitingCustomersInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '等候客户数应为不小于 0 的整数。',
    en: 'The number of waiting customers must be a whole number, 0 or more.',
  },
  thresholdsInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '预警阈值应满足 0 < 一级 < 二级 ≤ 预案上限。',
    en: 'The warning thresholds must satisfy 0 < level 1 < level 2 ≤ plan ceiling.',
  },
});

/** What a client registers to word the inspection service's errors. */
export const inspectionCatalogs = [
  inspectionErrors.catalog,
  planStatusTerms.catalog,
  planActionTerms.catalog,
  orderStatusTerms.catalog,
  orderActionTerms.catalog,
  plannedKindTerms.catalog,
  ...inspectionFieldLabels,
];
