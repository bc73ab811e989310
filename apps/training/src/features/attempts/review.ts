// Answers and keys as words for the review page: option letters as the examinee saw them, blanks and pairs listed.
import type { QuestionKey, QuestionResponse } from '@duda/contract-training';

interface Option {
  id: string;
  text: string;
}
type Body =
  | { type: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE'; options: Option[] }
  | { type: 'TRUE_FALSE' }
  | { type: 'FILL_IN'; blanks: number }
  | { type: 'MATCHING'; prompts: Option[]; choices: Option[] }
  | { type: 'SHORT_ANSWER' };
type Translate = (key: string) => string;

const letter = (options: Option[], id: string) => {
  const index = options.findIndex((o) => o.id === id);
  return index < 0 ? id : `${String.fromCharCode(65 + index)}. ${options[index]!.text}`;
};
const textOf = (options: Option[], id: string | null | undefined) =>
  options.find((o) => o.id === id)?.text ?? '—';

export function shownResponse(body: Body, response: QuestionResponse | null, t: Translate): string {
  if (!response) return t('training.results.none');
  if (response.type === 'SINGLE_CHOICE' && 'options' in body)
    return response.choice ? letter(body.options, response.choice) : t('training.results.none');
  if (response.type === 'MULTIPLE_CHOICE' && 'options' in body)
    return response.choices.map((c) => letter(body.options, c)).join('；') || t('training.results.none');
  if (response.type === 'TRUE_FALSE')
    return response.value === null
      ? t('training.results.none')
      : t(response.value ? 'training.take.true' : 'training.take.false');
  if (response.type === 'FILL_IN') return response.blanks.map((b, i) => `（${i + 1}）${b}`).join(' ');
  if (response.type === 'MATCHING' && body.type === 'MATCHING')
    return body.prompts.map((p) => `${p.text} → ${textOf(body.choices, response.pairs[p.id])}`).join('；');
  if (response.type === 'SHORT_ANSWER') return response.text;
  return t('training.results.none');
}

export function shownKey(body: Body, key: QuestionKey, t: Translate): string {
  switch (key.type) {
    case 'SINGLE_CHOICE':
      return 'options' in body ? letter(body.options, key.correct) : key.correct;
    case 'MULTIPLE_CHOICE':
      return 'options' in body
        ? key.correct.map((c) => letter(body.options, c)).join('；')
        : key.correct.join(',');
    case 'TRUE_FALSE':
      return t(key.correct ? 'training.take.true' : 'training.take.false');
    case 'FILL_IN':
      return key.blanks.map((accepted, i) => `（${i + 1}）${accepted.join(' / ')}`).join(' ');
    case 'MATCHING':
      return body.type === 'MATCHING'
        ? body.prompts.map((p) => `${p.text} → ${textOf(body.choices, key.pairs[p.id])}`).join('；')
        : '';
    case 'SHORT_ANSWER':
      return key.reference || '—';
  }
}
