// Messages that leave the portal (SMS, e-mail): a port, so the operator's SMS gateway and mail relay plug
// in without the notification rules knowing them. The default adapter only writes each message to the log.
import type { Logger } from 'pino';
import type { OutboundChannel } from '../domain/notification-preferences.ts';

export interface OutboundMessage {
  channel: OutboundChannel;
  /** The addressee; an adapter finds the phone number or mailbox in the org service. */
  personId: string;
  subject: string;
  text: string;
}

export interface OutboundMessages {
  send(message: OutboundMessage): Promise<void>;
}

/** Writes each message to the log (pino) instead of sending it: the default until a gateway is configured. */
export const loggedOutboundMessages = (log: Logger): OutboundMessages => ({
  async send(message) {
    log.info({ outbound: message }, `${message.channel} to ${message.personId}: ${message.subject}`);
  },
});
