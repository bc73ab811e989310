// What `performance.hrDelivery` refuses (推送人力: the signed webhook of a signed-off month to HR), as codes with
// parameters; apart from hr-delivery.ts so errors.ts can gather the catalog without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const hrDeliveryErrors = defineErrors('performance.hrDelivery', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以设置人力推送地址',
    en: "Only the city supervisor sets HR's delivery address.",
  },
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导和人力资源可以查看推送记录',
    en: 'Only the city supervisor and HR read the deliveries.',
  },
  urlScheme: {
    kind: 'BAD_REQUEST',
    'zh-CN': '推送地址须以 http:// 或 https:// 开头',
    en: 'The delivery address starts with http:// or https://.',
  },
  hostNotAllowed: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{host} 不在允许推送的主机名单中（由运维在 DUDA_HR_HOSTS 中设置）',
    en: '{host} is not among the hosts deliveries may go to (set by operations in DUDA_HR_HOSTS).',
  },
  secretLength: {
    kind: 'BAD_REQUEST',
    'zh-CN': '签名密钥须为 16 到 200 个字符',
    en: 'The signing secret is 16 to 200 characters long.',
  },
  secretRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '首次设置推送地址时须同时设置签名密钥',
    en: 'The first delivery address needs a signing secret with it.',
  },
  noEndpoint: {
    kind: 'CONFLICT',
    'zh-CN': '尚未设置人力推送地址',
    en: "HR's delivery address is not set yet.",
  },
  notSignedOff: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 尚未签发，不能推送给人力',
    en: '{month} is not signed off; nothing goes to HR yet.',
  },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '推送记录不存在', en: 'No such delivery.' },
});

/** 推送中 / 已确认 / 已放弃: a delivery is retried until HR answers 2xx, or until its retries run out. */
export const hrDeliveryStatusTerms = defineTerms('performance.hrDeliveryStatus', {
  PENDING: { 'zh-CN': '推送中', en: 'Delivering' },
  ACKNOWLEDGED: { 'zh-CN': '已确认', en: 'Acknowledged' },
  GAVE_UP: { 'zh-CN': '已放弃', en: 'Gave up' },
});

/** 签发 / 手动重发: what started a delivery. */
export const hrDeliveryTriggerTerms = defineTerms('performance.hrDeliveryTrigger', {
  SIGN_OFF: { 'zh-CN': '签发', en: 'Sign-off' },
  RESEND: { 'zh-CN': '手动重发', en: 'Re-sent' },
});

export const hrDeliveryCatalogs = [
  hrDeliveryErrors.catalog,
  hrDeliveryStatusTerms.catalog,
  hrDeliveryTriggerTerms.catalog,
];
