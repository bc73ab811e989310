// The areas the inbox gathers to-dos from (ADR 0018). Each implements `<area>.pending.mine` in its own service;
// adding an area to the inbox is that procedure and one line here.
import type { ServiceClient } from '@duda/service-kit';

export const INBOX_AREAS = ['inspection', 'training', 'performance', 'forms', 'operations', 'org'] as const;

/** The remote a service's to-dos open in where it is not named after the service: org's in 系统管理 (admin). */
const REMOTE_OF: Partial<Record<(typeof INBOX_AREAS)[number], string>> = { org: 'admin' };

/** An area's public API, called on behalf of the person whose inbox it is. */
export interface InboxSource {
  area: string;
  client: ServiceClient;
}

export const inboxSources = (client: (name: string) => ServiceClient): InboxSource[] =>
  INBOX_AREAS.map((service) => ({ area: REMOTE_OF[service] ?? service, client: client(service) }));
