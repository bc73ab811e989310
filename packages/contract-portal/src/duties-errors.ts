// What the must-do schedules (必做) refuse, in their own file so errors.ts can list the catalog without a cycle.
import { defineErrors } from '@duda/contract-kit';

export const dutiesErrors = defineErrors('portal.duties', {
  taskNotFound: { kind: 'NOT_FOUND', 'zh-CN': '必做事项不存在', en: 'No such duty.' },
  evidenceOnly: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '此项由系统根据“{evidence}”自动计数完成，不能手动勾选',
    en: 'This duty is counted from “{evidence}” by itself; it cannot be ticked by hand.',
  },
  periodClosed: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '此项的周期已于 {periodEnd} 结束，不能再勾选',
    en: 'The period of this duty ended on {periodEnd}; it can no longer be ticked.',
  },
  alreadyDone: { kind: 'CONFLICT', 'zh-CN': '此项已完成', en: 'This duty is already done.' },
  notYetOpen: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '此项的周期自 {periodStart} 开始，尚不能勾选',
    en: 'The period of this duty starts on {periodStart}; it cannot be ticked yet.',
  },
  photoRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择一张照片',
    en: 'Choose a photo.',
  },
  photoNotImage: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选文件不是图片：请上传手机拍摄的 JPEG、PNG 或 WebP 照片',
    en: 'The file chosen is not an image: upload a JPEG, PNG or WebP photo taken with the phone.',
  },
  photoTooLarge: {
    kind: 'BAD_REQUEST',
    'zh-CN': '照片不能超过 {maximum} MB',
    en: 'A photo may be at most {maximum} MB.',
  },
  photoNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '照片不存在，或不是为此项上传的，请重新上传',
    en: 'No such photo for this duty; upload it again.',
  },
  personDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您没有权限查看此人的必做事项',
    en: "You may not see this person's duties.",
  },
  templateNotFound: { kind: 'NOT_FOUND', 'zh-CN': '必做模板不存在', en: 'No such duty template.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以维护本市的必做模板',
    en: "Only a city supervisor may keep the city's duty templates.",
  },
  ratesDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您没有权限查看必做完成率',
    en: 'You may not see duty completion rates.',
  },
  noCity: {
    kind: 'FORBIDDEN',
    'zh-CN': '您的账号不属于任何市公司，没有必做模板',
    en: 'Your account belongs to no city, so it has no duty templates.',
  },
  cadenceFixed: {
    kind: 'BAD_REQUEST',
    'zh-CN': '必做的周期（每日/每周/每月）不能修改，请停用后新建',
    en: 'A duty keeps its cadence; retire it and add a new one instead.',
  },
  dueDayRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '每周必做请选择星期一至星期日，每月必做请选择 1–31 日；每日必做不选',
    en: 'A weekly duty needs a weekday (1–7), a monthly one a day of the month (1–31); a daily one none.',
  },
  windowDailyOnly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有每日必做可以设置开始时间',
    en: 'Only a daily duty has a window start.',
  },
  windowAfterDue: {
    kind: 'BAD_REQUEST',
    'zh-CN': '开始时间须早于截止时间',
    en: 'The window must start before the due time.',
  },
});
