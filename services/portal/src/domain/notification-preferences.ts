// What a person chose beyond the in-app list (always on): which kinds also go out by SMS or e-mail, and
// whether the morning digest of unread notifications is wanted. Pure.
import type { NotificationKind, NotificationPreferences } from '@duda/contract-portal';

/** Until a person chooses: an overdue order is urgent enough for an SMS; no e-mail, no digest. */
export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inApp: true,
  smsKinds: ['RECTIFICATION_OVERDUE'],
  emailKinds: [],
  dailyDigest: false,
};

export type OutboundChannel = 'sms' | 'email';

/** The channels besides the in-app list a notification of this kind goes out on for this person. */
export function outboundChannels(
  preferences: Pick<NotificationPreferences, 'smsKinds' | 'emailKinds'>,
  kind: NotificationKind,
): OutboundChannel[] {
  return [
    ...(preferences.smsKinds.includes(kind) ? (['sms'] as const) : []),
    ...(preferences.emailKinds.includes(kind) ? (['email'] as const) : []),
  ];
}
