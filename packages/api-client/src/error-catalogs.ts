import { commonErrors, messageFor } from '@duda/contract-kit';
import type { MessageCatalog, WireError } from '@duda/contract-kit';
import { currentLocale } from './messages.ts';

// One registry for the whole portal: this package is a Module Federation shared singleton, so a remote's
// registration reaches the shell's copy (the contract kit is not shared, each bundle has its own).
const catalogs: MessageCatalog[] = [commonErrors.catalog];

/**
 * Lets the portal word an area's error codes: the shell registers the org catalog, each remote its own area's
 * in its `setup`. Registering a catalog twice changes nothing.
 */
export function registerErrorCatalogs(...added: MessageCatalog[]): void {
  for (const catalog of added) if (!catalogs.includes(catalog)) catalogs.push(catalog);
}

/** An error code worded in the portal's language; the Chinese text the server sent when the code is unknown. */
export function wordError(error: WireError | null | undefined, sent: string): string {
  if (!error?.code) return sent;
  return messageFor(catalogs, error.code, error.params ?? {}, currentLocale()) ?? sent;
}
