import { useLocalStorage } from '@vueuse/core';
import { computed, ref } from 'vue';
import type { Ref } from 'vue';
import type { DataTableColumn } from './types.ts';

export function columnStorageKey(storageKey: string): string {
  return `duda.table.${storageKey}.columns`;
}

/**
 * Which columns a user has shown or hidden. Only the user's deviations from each column's default are
 * stored, so a column added in a later release still appears (or not) as its author intended.
 * `storageKey` is read once: a table does not change identity while mounted.
 */
export function useColumnVisibility<Row>(
  columns: Ref<DataTableColumn<Row>[]>,
  storageKey: string | undefined,
) {
  const overrides: Ref<Record<string, boolean>> = storageKey
    ? useLocalStorage<Record<string, boolean>>(columnStorageKey(storageKey), {})
    : ref({});

  const isDefaultVisible = (column: DataTableColumn<Row>) => !column.hiddenByDefault;
  const isVisible = (column: DataTableColumn<Row>) => overrides.value[column.key] ?? isDefaultVisible(column);

  const visibleColumns = computed(() => columns.value.filter(isVisible));

  function setVisible(key: string, visible: boolean): void {
    const column = columns.value.find((candidate) => candidate.key === key);
    if (!column) return;
    const { [key]: _previous, ...others } = overrides.value;
    overrides.value = visible === isDefaultVisible(column) ? others : { ...others, [key]: visible };
  }

  function restoreDefaults(): void {
    overrides.value = {};
  }

  return { visibleColumns, isVisible, setVisible, restoreDefaults };
}
