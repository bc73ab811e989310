// What the Hall operations service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors } from '@duda/contract-kit';
import { contingencyErrors } from './plans-errors.ts';

export const operationsErrors = defineErrors('operations', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权管理该营业厅的设备',
    en: "You may not manage this hall's equipment.",
  },
  deviceNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '设备不存在或您无权查看',
    en: 'No such device, or not yours to see.',
  },
  faultNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '报障单不存在或您无权查看',
    en: 'No such fault, or not yours to see.',
  },
  retirementNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '申请不存在或您无权查看',
    en: 'No such request, or not yours to see.',
  },
  notAHall: {
    kind: 'BAD_REQUEST',
    'zh-CN': '设备只能登记在营业厅下',
    en: 'Devices are registered at a hall.',
  },
  assetNoTaken: {
    kind: 'CONFLICT',
    'zh-CN': '资产编号 {assetNo} 已在台账中',
    en: 'Asset number {assetNo} is already in the ledger.',
  },
  modelRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写设备型号', en: 'Enter the model.' },
  assetNoRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写资产编号', en: 'Enter the asset number.' },
  dateInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '日期格式应为 YYYY-MM-DD',
    en: 'Dates are written YYYY-MM-DD.',
  },
  monthInvalid: { kind: 'BAD_REQUEST', 'zh-CN': '月份格式应为 YYYY-MM', en: 'Months are written YYYY-MM.' },
  deviceRetired: {
    kind: 'CONFLICT',
    'zh-CN': '该设备已更换或报废，不能再操作',
    en: 'This device has been replaced or scrapped.',
  },
  faultDescriptionRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请描述故障现象', en: 'Describe the fault.' },
  assigneeRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写维修人', en: 'Name who repairs it.' },
  repairNoteRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写维修说明', en: 'Say what was repaired.' },
  reopenNoteRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请说明仍存在的问题', en: 'Say what is still wrong.' },
  faultMoveRefused: {
    kind: 'CONFLICT',
    'zh-CN': '报障单当前为“{status}”，不能{move}',
    en: 'The fault is "{statusEn}"; it cannot be {moveEn} now.',
  },
  photoUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '照片不存在或不属于该营业厅，请重新上传',
    en: "The photo is unknown or not this hall's; upload it again.",
  },
  fileEmpty: { kind: 'BAD_REQUEST', 'zh-CN': '文件是空的', en: 'The file is empty.' },
  fileTooLarge: {
    kind: 'BAD_REQUEST',
    'zh-CN': '照片不能超过 {maximum} MB',
    en: 'A photo may be at most {maximum} MB.',
  },
  fileType: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能上传 JPG、PNG 或 WEBP 照片',
    en: 'Upload a JPG, PNG or WEBP photo.',
  },
  retirementReasonRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写更换或报废的理由', en: 'Give a reason.' },
  scrapWithOpenFault: {
    kind: 'CONFLICT',
    'zh-CN': '该设备还有未关闭的报障单（{count} 张），请先修复并确认后再报废',
    en: 'This device has {count} open fault(s); have them repaired and confirmed before scrapping it.',
  },
  replaceWithOpenFault: {
    kind: 'CONFLICT',
    'zh-CN':
      '该设备还有未关闭的报障单（{count} 张），请先修复并确认后再更换（无法修复的，由维修人在维修说明中写明）',
    en: 'This device has {count} open fault(s); have them closed before replacing it (a repairer who cannot fix one says so in the repair note).',
  },
  cadenceDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '维护周期由市公司统一设置，区县和营业厅不能修改',
    en: 'The city sets maintenance cadences; a district or a hall cannot change them.',
  },
  occurredInFuture: {
    kind: 'BAD_REQUEST',
    'zh-CN': '故障发生时间不能晚于现在',
    en: 'The fault cannot have begun in the future.',
  },
  occurredTooEarly: {
    kind: 'BAD_REQUEST',
    'zh-CN': '故障发生时间最早为 {days} 天前；更早的故障请在说明中写明',
    en: 'A fault began at most {days} days ago; say so in the description if it is older.',
  },
  retirementPending: {
    kind: 'CONFLICT',
    'zh-CN': '该设备已有待审批的更换/报废申请',
    en: 'A replacement or scrap request for this device is already awaiting approval.',
  },
});

/** What a page registers so this area's refusals read in the portal language. */
export const operationsCatalogs = [operationsErrors.catalog, contingencyErrors.catalog];
