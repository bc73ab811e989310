// The examinee's answers on the page: which count as answered, and the copy kept in the browser so a reload, a lost
// connection or a server restart loses nothing. Each answer carries the page's sequence number: the higher one is
// the newer, here as on the server, so merging the two copies keeps the newest of each question.
import type { QuestionResponse } from '@duda/contract-training';

export interface HeldAnswer {
  response: QuestionResponse;
  seq: number;
}

export type AnswerMap = Record<number, HeldAnswer>;

/** Whether the examinee has given something for the question (an empty fill-in or text is not an answer). */
export function isAnswered(response: QuestionResponse | undefined): boolean {
  if (!response) return false;
  switch (response.type) {
    case 'SINGLE_CHOICE':
      return response.choice !== null;
    case 'MULTIPLE_CHOICE':
      return response.choices.length > 0;
    case 'TRUE_FALSE':
      return response.value !== null;
    case 'FILL_IN':
      return response.blanks.some((b) => b.trim() !== '');
    case 'MATCHING':
      return Object.values(response.pairs).some((c) => c !== null);
    case 'SHORT_ANSWER':
      return response.text.trim() !== '';
  }
}

export const unansweredSlots = (slots: readonly number[], answers: AnswerMap): number[] =>
  slots.filter((slot) => !isAnswered(answers[slot]?.response));

const PREFIX = 'duda.training.answers.';

export interface AnswerStorage {
  read(attemptId: string): AnswerMap;
  /** False when the browser refused (storage full or disabled). */
  write(attemptId: string, answers: AnswerMap): boolean;
  remove(attemptId: string): void;
}

export function createAnswerStorage(storage: Storage = window.localStorage): AnswerStorage {
  return {
    read(attemptId) {
      try {
        const parsed: unknown = JSON.parse(storage.getItem(PREFIX + attemptId) ?? '{}');
        return typeof parsed === 'object' && parsed !== null ? (parsed as AnswerMap) : {};
      } catch {
        // A half-written value: the server's copy is the starting point.
        return {};
      }
    },
    write(attemptId, answers) {
      try {
        storage.setItem(PREFIX + attemptId, JSON.stringify(answers));
        return true;
      } catch {
        return false;
      }
    },
    remove(attemptId) {
      storage.removeItem(PREFIX + attemptId);
    },
  };
}

/**
 * The answers to continue from: per question the newer of the server's and the browser's copy. `unsent` lists the
 * questions whose browser copy is newer — saved here while offline, or before a reload cut the save short.
 */
export function mergeAnswers(
  server: readonly { slot: number; response: QuestionResponse; seq: number }[],
  local: AnswerMap,
): { answers: AnswerMap; unsent: number[] } {
  const answers: AnswerMap = {};
  for (const a of server) answers[a.slot] = { response: a.response, seq: a.seq };
  const unsent: number[] = [];
  for (const [key, held] of Object.entries(local)) {
    const slot = Number(key);
    if (held.seq > (answers[slot]?.seq ?? -1)) {
      answers[slot] = held;
      unsent.push(slot);
    }
  }
  return { answers, unsent: unsent.sort((a, b) => a - b) };
}

/** The next sequence number: above every one this attempt has used, here or on the server. */
export const nextSeq = (answers: AnswerMap): number =>
  Object.values(answers).reduce((max, a) => Math.max(max, a.seq), 0) + 1;

const DEVICE_KEY = 'duda.training.device';

/** This browser's id, made once and kept: the one device an attempt accepts answers from. */
export function deviceIdOf(storage: Storage = window.localStorage): string {
  const known = storage.getItem(DEVICE_KEY);
  if (known && known.length >= 8) return known;
  const made = crypto.randomUUID();
  try {
    storage.setItem(DEVICE_KEY, made);
  } catch {
    // Private mode: this page keeps the id for as long as it lives.
  }
  return made;
}
