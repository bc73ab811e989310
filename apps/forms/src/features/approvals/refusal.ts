// A refused call shown where the user fixes it: each field error the service names goes to its field (worded in
// the portal language by the error catalogs); a refusal naming no field (a person one may not name, a task
// already decided) goes to the field the dialog is about.
import { fieldErrorsOf, toUserMessage } from '@duda/api-client';

export function refusalByField(
  error: unknown,
  fields: readonly string[],
  main: string,
): Record<string, string> {
  const named = fieldErrorsOf(error);
  const shown: Record<string, string> = {};
  for (const [path, message] of Object.entries(named)) {
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`)) ?? main;
    shown[field] ??= message;
  }
  if (Object.keys(shown).length === 0) shown[main] = toUserMessage(error);
  return shown;
}
