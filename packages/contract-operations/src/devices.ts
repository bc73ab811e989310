// `operations.devices`: a hall's equipment ledger (设施与设备台账) — what is where, since when, in which state.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { operationsErrors } from './errors.ts';

/** 设备类型: what a hall runs its business on. */
export const DEVICE_TYPES = [
  'COUNTER',
  'QUEUE_MACHINE',
  'SELF_SERVICE',
  'POS',
  'CAMERA',
  'PRINTER',
  'OTHER',
] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const DEVICE_TYPE_LABELS: Record<DeviceType, { 'zh-CN': string; en: string }> = {
  COUNTER: { 'zh-CN': '柜台终端', en: 'Counter terminal' },
  QUEUE_MACHINE: { 'zh-CN': '排队叫号机', en: 'Queue machine' },
  SELF_SERVICE: { 'zh-CN': '自助终端', en: 'Self-service terminal' },
  POS: { 'zh-CN': 'POS机', en: 'POS' },
  CAMERA: { 'zh-CN': '监控摄像头', en: 'Camera' },
  PRINTER: { 'zh-CN': '打印机', en: 'Printer' },
  OTHER: { 'zh-CN': '其他设备', en: 'Other' },
};

/** 设备状态: in use, down with an open fault, or retired (replaced or scrapped: kept in the ledger, read-only). */
export const DEVICE_STATUSES = ['IN_USE', 'FAULTY', 'REPLACED', 'SCRAPPED'] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

export const DEVICE_STATUS_LABELS: Record<DeviceStatus, { 'zh-CN': string; en: string }> = {
  IN_USE: { 'zh-CN': '在用', en: 'In use' },
  FAULTY: { 'zh-CN': '故障', en: 'Faulty' },
  REPLACED: { 'zh-CN': '已更换', en: 'Replaced' },
  SCRAPPED: { 'zh-CN': '已报废', en: 'Scrapped' },
};

/** What the device's history (设备履历) records, append-only. */
export const DEVICE_EVENT_KINDS = [
  'REGISTERED',
  'EDITED',
  'MAINTAINED',
  'FAULT_REPORTED',
  'FAULT_CONFIRMED',
  'RETIREMENT_REQUESTED',
  'RETIREMENT_APPROVED',
  'RETIREMENT_REJECTED',
  'RETIREMENT_BLOCKED',
] as const;
export type DeviceEventKind = (typeof DEVICE_EVENT_KINDS)[number];

export const DEVICE_EVENT_LABELS: Record<DeviceEventKind, { 'zh-CN': string; en: string }> = {
  REGISTERED: { 'zh-CN': '登记入账', en: 'Registered' },
  EDITED: { 'zh-CN': '修改信息', en: 'Details edited' },
  MAINTAINED: { 'zh-CN': '完成维护', en: 'Maintained' },
  FAULT_REPORTED: { 'zh-CN': '报障', en: 'Fault reported' },
  FAULT_CONFIRMED: { 'zh-CN': '修复确认', en: 'Repair confirmed' },
  RETIREMENT_REQUESTED: { 'zh-CN': '申请更换/报废', en: 'Replacement or scrap requested' },
  RETIREMENT_APPROVED: { 'zh-CN': '更换/报废获批', en: 'Replacement or scrap approved' },
  RETIREMENT_REJECTED: { 'zh-CN': '更换/报废被退回', en: 'Replacement or scrap rejected' },
  RETIREMENT_BLOCKED: {
    'zh-CN': '更换/报废获批但未执行：设备仍有未关闭的故障',
    en: 'Replacement or scrap approved but not carried out: the device still has an open fault',
  },
};

const id = z.uuid({ error: commonErrors.invalidId.code });
/** A day that exists, `YYYY-MM-DD` (no 2026-02-30). */
export function isDay(value: string): boolean {
  const day = new Date(`${value}T00:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)
  );
}
const calendarDate = text().refine(isDay, { error: operationsErrors.dateInvalid.code });

/** What the ledger says of a device, as registered and as edited; the bounds are the form's too. */
export const DEVICE_TEXT_LIMITS = { model: 80, assetNo: 60, location: 80 } as const;
const deviceFacts = {
  type: z.enum(DEVICE_TYPES),
  model: text().trim().min(1, { error: operationsErrors.modelRequired.code }).max(DEVICE_TEXT_LIMITS.model),
  /** 资产编号 / 序列号: unique in the ledger. */
  assetNo: text()
    .trim()
    .min(1, { error: operationsErrors.assetNoRequired.code })
    .max(DEVICE_TEXT_LIMITS.assetNo),
  location: text().trim().max(DEVICE_TEXT_LIMITS.location).default(''),
  installedOn: calendarDate,
};

export const deviceInputs = {
  list: pageInput.extend({
    orgNodeId: id.nullish(),
    type: z.enum(DEVICE_TYPES).nullish(),
    status: z.enum(DEVICE_STATUSES).nullish(),
    /** Part of the model or the asset number. */
    q: text().trim().max(60).nullish(),
  }),
  get: z.object({ id }),
  register: z.object({ orgNodeId: id, ...deviceFacts }),
  /** Corrects a device's facts; its hall stays (a device moving halls is retired and registered again). */
  edit: z.object({ id, ...deviceFacts }),
  /** 维护记录: a maintenance done today restarts the device's cadence. */
  maintain: z.object({ id, note: text().trim().max(200).default('') }),
};
