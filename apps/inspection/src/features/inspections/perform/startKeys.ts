// The clientKey sent with `inspections.start`. One key per task until the start succeeds, so a second tap
// or a retry after a dropped connection returns the draft already created instead of a second one.
const PREFIX = 'duda.inspection.start.';

/** What is being started: a planned entry, today's daily check of a hall, or an unplanned inspection. */
export type StartTask =
  | { type: 'entry'; entryId: string; kind: string }
  | { type: 'daily'; hallId: string }
  | { type: 'adhoc'; hallId: string; kind: string; templateId: string };

const taskKey = (task: StartTask): string => {
  switch (task.type) {
    case 'entry':
      return `entry.${task.entryId}.${task.kind}`;
    case 'daily':
      return `daily.${task.hallId}`;
    case 'adhoc':
      return `adhoc.${task.hallId}.${task.kind}.${task.templateId}`;
  }
};

export interface StartKeys {
  keyFor(task: StartTask): string;
  /** The start succeeded: the next start of the same task is a new inspection (e.g. the second 日检 of the day). */
  forget(task: StartTask): void;
}

export function createStartKeys(
  storage: Storage = window.localStorage,
  newKey: () => string = () => crypto.randomUUID(),
): StartKeys {
  return {
    keyFor(task) {
      const key = PREFIX + taskKey(task);
      const existing = storage.getItem(key);
      if (existing) return existing;
      const fresh = newKey();
      try {
        storage.setItem(key, fresh);
      } catch {
        // Without storage the key still protects against a double tap within this page.
      }
      return fresh;
    },
    forget(task) {
      storage.removeItem(PREFIX + taskKey(task));
    },
  };
}
