// What one attempt was given (stored with the attempt, ExamAttempt.draw): the questions in the order the examinee
// saw them, the version of each, its points, and the order its options were shown in, so any attempt can be shown
// again exactly as it was and marked against the version it used.
import type { QuestionType } from './enums.ts';

export interface DrawnSlot {
  /** 1-based position on the examinee's screen. */
  slot: number;
  questionId: string;
  versionId: string;
  type: QuestionType;
  points: number;
  /** Option ids (choices, or matching choices) in the order shown; absent for types without options. */
  optionOrder?: string[];
  /** The corrected version whose key marks this slot after a regrade; the examinee still saw `versionId`. */
  markedWithVersionId?: string;
}

export interface AttemptDraw {
  /** The seed the draw was made with (reproducible: the same paper, bank and seed draw the same). */
  seed: string;
  slots: DrawnSlot[];
}
