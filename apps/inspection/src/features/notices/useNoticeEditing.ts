import { toUserMessage } from '@duda/api-client';
import { ElMessage } from '@duda/ui';
import { computed, ref } from 'vue';
import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { NoticeRecord } from './api.ts';
import { useUpdateNotice } from './api.ts';
import type { NoticeDraft } from './noticeDraft.ts';
import { draftErrors, draftOf, isUnchanged, patchOf } from './noticeDraft.ts';

/** Edit mode of a notice draft: a working copy, its validation, and saving only what changed. */
export function useNoticeEditing(record: Ref<NoticeRecord | null>) {
  const { t } = useI18n();
  const update = useUpdateNotice();
  const draft = ref<NoticeDraft | null>(null);
  const errors = ref<Record<string, string>>({});
  const editing = computed(() => draft.value !== null);
  const dirty = computed(
    () =>
      draft.value !== null &&
      record.value !== null &&
      !isUnchanged(patchOf(draft.value, record.value.notice)),
  );

  function start(): void {
    if (!record.value) return;
    draft.value = draftOf(record.value.notice);
    errors.value = {};
  }

  function stop(): void {
    draft.value = null;
    errors.value = {};
  }

  async function save(): Promise<void> {
    if (!draft.value || !record.value) return;
    errors.value = draftErrors(draft.value);
    if (Object.keys(errors.value).length > 0) return;
    const patch = patchOf(draft.value, record.value.notice);
    if (isUnchanged(patch)) return stop();
    try {
      await update.mutateAsync({ id: record.value.id, patch });
      ElMessage.success(t('inspection.notices.detail.saved'));
      stop();
    } catch (error) {
      ElMessage.error(toUserMessage(error));
    }
  }

  return { draft, errors, editing, dirty, saving: update.isPending, start, stop, save };
}
