// `portal.notifications` (通知): a person's notifications, raised from other areas' domain events, their
// preferences beyond the in-app list, and the live stream the shell keeps open (server-sent events).
import { commonErrors, pageInput, type Locale } from '@duda/contract-kit';
import { z } from 'zod';

export const NOTIFICATION_KINDS = [
  'RECTIFICATION_OVERDUE',
  'PLAN_REJECTED',
  'EXAM_PUBLISHED',
  'RESULT_RELEASED',
  'APPROVAL_REMINDED',
  'APPROVAL_COMPLETED',
  'APPROVAL_COPIED',
  'COMPLAINT_ESCALATED',
  'QUEUE_WARNING',
  'DUTY_DUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, Record<Locale, string>> = {
  RECTIFICATION_OVERDUE: { 'zh-CN': '整改超期', en: 'Rectification overdue' },
  PLAN_REJECTED: { 'zh-CN': '计划被退回', en: 'Plan sent back' },
  EXAM_PUBLISHED: { 'zh-CN': '考试发布', en: 'Exam published' },
  RESULT_RELEASED: { 'zh-CN': '成绩发布', en: 'Result released' },
  APPROVAL_REMINDED: { 'zh-CN': '审批催办', en: 'Approval reminder' },
  APPROVAL_COMPLETED: { 'zh-CN': '审批结果', en: 'Approval result' },
  APPROVAL_COPIED: { 'zh-CN': '审批抄送', en: 'Approval copied to you' },
  COMPLAINT_ESCALATED: { 'zh-CN': '投诉超时升级', en: 'Complaint escalated' },
  QUEUE_WARNING: { 'zh-CN': '排队预警', en: 'Queue warning' },
  DUTY_DUE: { 'zh-CN': '必做即将到期', en: 'Duty due soon' },
};

/** The gateway route of the live stream (GET, `text/event-stream`, the session cookie names the listener). */
export const NOTIFICATION_STREAM_PATH = '/api/portal/notifications/stream';

/** Named events on the stream: a new notification, and the unread count after any change. */
export const NOTIFICATION_STREAM_EVENTS = { notification: 'notification', unread: 'unread' } as const;

const id = z.uuid({ error: commonErrors.invalidId.code });
const kinds = z.array(z.enum(NOTIFICATION_KINDS)).max(NOTIFICATION_KINDS.length);

export const notificationInputs = {
  list: pageInput.extend({ unreadOnly: z.boolean().default(false) }),
  markRead: z.object({ ids: z.array(id).min(1).max(200) }),
  setPreferences: z.object({ smsKinds: kinds, emailKinds: kinds, dailyDigest: z.boolean() }),
};

/** The facts a kind's sentence is filled with; all optional so an old row still reads. */
export interface NotificationParams {
  hallName?: string;
  deadline?: string;
  comment?: string;
  reviewerName?: string;
  /** Who copied the person in on an approval (抄送). */
  senderName?: string;
  opensAt?: string;
  closesAt?: string;
  score?: number;
  maxScore?: number;
  /** An approval's end: APPROVED or REJECTED. */
  outcome?: string;
  /** A reminder that came with the task handed up past its deadline (超时上报). */
  escalated?: boolean;
  /** A queue warning's reading: its level (1 or 2), the customers waiting, the counters open, when. */
  level?: number;
  waitingCustomers?: number;
  openCounters?: number;
  at?: string;
}

/** A notification as the caller's list and the stream send it. */
export interface NotificationView {
  id: string;
  /** Its place in the stream (the SSE id), as a string: it is a 64-bit sequence. */
  seq: string;
  kind: NotificationKind;
  title: string;
  params: NotificationParams;
  area: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** What the stream's `notification` event carries. */
export interface NotificationStreamMessage {
  notification: NotificationView;
  unread: number;
}

export interface NotificationPreferences {
  /** Always on: every notification is in the list. */
  inApp: true;
  smsKinds: NotificationKind[];
  emailKinds: NotificationKind[];
  dailyDigest: boolean;
}

const when = (iso: string | undefined, locale: Locale) =>
  iso
    ? new Intl.DateTimeFormat(locale, {
        timeZone: 'Asia/Shanghai',
        month: 'numeric',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso))
    : '';

const DETAIL: Record<NotificationKind, Record<Locale, (p: NotificationParams, l: Locale) => string>> = {
  RECTIFICATION_OVERDUE: {
    'zh-CN': (p, l) => `${p.hallName ?? ''}的整改单已超过期限（${when(p.deadline, l)}），请尽快整改`,
    en: (p, l) =>
      `${p.hallName ?? 'The hall'} let the deadline (${when(p.deadline, l)}) pass; rectify it now.`,
  },
  PLAN_REJECTED: {
    'zh-CN': (p) => `${p.reviewerName ?? ''}退回了计划${p.comment ? `：${p.comment}` : ''}`,
    en: (p) => `${p.reviewerName ?? 'The reviewer'} sent the plan back${p.comment ? `: ${p.comment}` : '.'}`,
  },
  EXAM_PUBLISHED: {
    'zh-CN': (p, l) => `考试时间 ${when(p.opensAt, l)} 至 ${when(p.closesAt, l)}`,
    en: (p, l) => `Open from ${when(p.opensAt, l)} to ${when(p.closesAt, l)}.`,
  },
  RESULT_RELEASED: {
    'zh-CN': (p) => `成绩 ${p.score ?? ''} / ${p.maxScore ?? ''} 分`,
    en: (p) => `Score ${p.score ?? ''} of ${p.maxScore ?? ''}.`,
  },
  APPROVAL_REMINDED: {
    'zh-CN': (p) => (p.escalated ? '审批已超时，转由您处理，请尽快审批' : '有待您处理的审批，请尽快审批'),
    en: (p) =>
      p.escalated
        ? 'An approval passed its time limit and is now yours: decide it soon.'
        : 'An approval is waiting for you: decide it soon.',
  },
  APPROVAL_COMPLETED: {
    'zh-CN': (p) =>
      p.outcome === 'APPROVED' ? '您提交的审批已通过' : '您提交的审批被驳回，可修改后重新提交',
    en: (p) =>
      p.outcome === 'APPROVED'
        ? 'Your approval request was approved.'
        : 'Your approval request was rejected: change it and submit again.',
  },
  APPROVAL_COPIED: {
    'zh-CN': (p) => `${p.senderName ?? ''}将这份审批抄送给您，您可以查看审批内容和进度`,
    en: (p) =>
      `${p.senderName ?? 'Someone'} copied you in on this approval: you can read it and follow its progress.`,
  },
  COMPLAINT_ESCALATED: {
    'zh-CN': (p, l) =>
      `${p.hallName ?? ''}的客户投诉已超过办结时限，升级由您处理，请在 ${when(p.deadline, l)} 前办结`,
    en: (p, l) =>
      `A customer complaint at ${p.hallName ?? 'the hall'} passed its time limit and is now yours: close it by ${when(p.deadline, l)}.`,
  },
  QUEUE_WARNING: {
    'zh-CN': (p, l) =>
      `${when(p.at, l)} ${p.level === 2 ? '二级' : '一级'}排队预警：等候 ${p.waitingCustomers ?? ''} 人，开放 ${p.openCounters ?? ''} 个窗口，请增开窗口、疏导客流`,
    en: (p, l) =>
      `Level ${p.level ?? ''} queue warning at ${when(p.at, l)}: ${p.waitingCustomers ?? ''} waiting, ${p.openCounters ?? ''} counters open. Open more counters and guide the queue.`,
  },
  DUTY_DUE: {
    'zh-CN': (p, l) => `请在 ${when(p.deadline, l)} 前完成${p.hallName ? `（${p.hallName}）` : ''}`,
    en: (p, l) =>
      `Due by ${when(p.deadline, l)}${p.hallName ? ` (${p.hallName})` : ''}: do it or tick it now.`,
  },
};

/** The heading (its kind and object) and the sentence of a notification, in the given language. */
export function describeNotification(
  n: Pick<NotificationView, 'kind' | 'title' | 'params'>,
  locale: Locale,
): { heading: string; detail: string } {
  const separator = locale === 'zh-CN' ? '：' : ': ';
  return {
    heading: `${NOTIFICATION_KIND_LABELS[n.kind][locale]}${separator}${n.title}`,
    detail: DETAIL[n.kind][locale](n.params, locale),
  };
}
