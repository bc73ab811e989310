// The exam being taken: opens (or resumes) the attempt on this device, keeps every answer in the browser and sends it
// to the server, runs the countdown on the server's clock, counts focus losses, and submits.
import { errorCodeOf, httpStatusOf, toUserMessage } from '@duda/api-client';
import type { QuestionResponse } from '@duda/contract-training';
import { computed, onBeforeUnmount, onMounted, ref, shallowRef } from 'vue';
import {
  useReportFocusLoss,
  useSaveAnswer,
  useStartAttempt,
  useSubmitAttempt,
  type AttemptView,
} from './api.ts';
import { createAnswerStorage, deviceIdOf, mergeAnswers, nextSeq, type AnswerMap } from './answers.ts';
import { createAnswerSync, type FailureKind, type SyncStatus } from './answerSync.ts';
import { clockOffset, remainingMs } from './countdown.ts';

/** Time up, attempt ended, another device: the server will not take answers again, however often asked. */
function classify(error: unknown): FailureKind {
  const status = httpStatusOf(error);
  if (status === null || status >= 500 || status === 429 || status === 401) return 'retry';
  const code = errorCodeOf(error);
  return code === 'BAD_REQUEST' ? 'drop' : 'close';
}

export function useExamTaking(examId: string) {
  const storage = createAnswerStorage();
  const deviceId = deviceIdOf();
  const start = useStartAttempt();
  const save = useSaveAnswer();
  const submitting = useSubmitAttempt();
  const focusLoss = useReportFocusLoss();

  const view = shallowRef<AttemptView | null>(null);
  const openError = ref<string | null>(null);
  const answers = ref<AnswerMap>({});
  const status = ref<SyncStatus>('saved');
  const stopped = ref<string | null>(null);
  const storedLocally = ref(true);
  const offset = ref(0);
  const now = ref(Date.now());
  let seq = 1;

  const attemptId = () => view.value!.attempt.id;
  const heard = (serverNow: Date | string) => {
    offset.value = clockOffset(new Date(serverNow), Date.now());
  };

  const sync = createAnswerSync({
    send: async (slot, sent, response) =>
      heard(
        (await save.mutateAsync({ attemptId: attemptId(), deviceId, slot, seq: sent, response })).serverNow,
      ),
    classify,
    onStatus: (s) => {
      status.value = s;
    },
    onError: (error) => {
      stopped.value = toUserMessage(error);
    },
  });

  async function open() {
    openError.value = null;
    try {
      const opened = await start.mutateAsync({ examId, deviceId });
      heard(opened.serverNow);
      view.value = opened;
      const merged = mergeAnswers(opened.answers, storage.read(opened.attempt.id));
      answers.value = merged.answers;
      seq = nextSeq(merged.answers);
      // Answers given here that never reached the server (offline, a reload mid-save, the server restarting).
      for (const slot of merged.unsent)
        sync.change(slot, merged.answers[slot]!.seq, merged.answers[slot]!.response);
    } catch (error) {
      openError.value = toUserMessage(error);
    }
  }

  const deadline = computed(() => (view.value ? new Date(view.value.attempt.deadlineAt) : null));
  const remaining = computed(() =>
    deadline.value ? remainingMs(deadline.value, offset.value, now.value) : 0,
  );
  const timeUp = computed(() => view.value !== null && remaining.value === 0);
  const canAnswer = computed(
    () => view.value?.attempt.status === 'IN_PROGRESS' && !timeUp.value && stopped.value === null,
  );

  function answer(slot: number, response: QuestionResponse) {
    if (!canAnswer.value) return;
    const mine = seq++;
    answers.value = { ...answers.value, [slot]: { response, seq: mine } };
    storedLocally.value = storage.write(attemptId(), answers.value);
    sync.change(slot, mine, response);
  }

  /**
   * Sends what is waiting, then submits; null when answers could not all be saved first (offline). Once the server
   * takes no more answers (time is up, in a grace period) what it refused stays unsaved, and submitting goes ahead.
   */
  async function submit() {
    await sync.flush();
    if (sync.unsaved().length > 0 && status.value !== 'closed') return null;
    const result = await submitting.mutateAsync({ attemptId: attemptId(), deviceId });
    storage.remove(attemptId());
    return result;
  }

  // Leaving the page (another tab, another app, the notification shade) is counted once per leaving.
  let away = false;
  const onHidden = () => {
    if (away || !canAnswer.value) return;
    away = true;
    focusLoss.mutate({ attemptId: attemptId(), deviceId, count: 1 });
  };
  const onBack = () => {
    away = false;
  };
  const onVisibility = () => (document.visibilityState === 'hidden' ? onHidden() : onBack());
  const onOnline = () => void sync.flush();
  let ticking: ReturnType<typeof setInterval> | undefined;

  onMounted(() => {
    void open();
    ticking = setInterval(() => {
      now.value = Date.now();
    }, 1000);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onHidden);
    window.addEventListener('focus', onBack);
    window.addEventListener('online', onOnline);
  });
  onBeforeUnmount(() => {
    clearInterval(ticking);
    sync.dispose();
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('blur', onHidden);
    window.removeEventListener('focus', onBack);
    window.removeEventListener('online', onOnline);
  });

  return {
    view,
    openError,
    answers,
    status,
    stopped,
    storedLocally,
    remaining,
    timeUp,
    canAnswer,
    submitting: computed(() => submitting.isPending.value),
    answer,
    submit,
    reopen: open,
  };
}
