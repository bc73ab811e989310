export interface DataTableColumn<Row = Record<string, unknown>> {
  /** The row field shown, also the sort key sent to the API and the `cell-<key>` slot name. */
  key: string;
  label: string;
  width?: number | string;
  minWidth?: number | string;
  /** Sorted by the server: the table only emits `update:sort`. */
  sortable?: boolean;
  align?: 'left' | 'center' | 'right';
  fixed?: 'left' | 'right';
  // Method syntax on purpose: keeps a DataTableColumn<Hall> assignable where DataTableColumn<object> is expected.
  formatter?(row: Row): string;
  /** Starts hidden; users can show it in 列设置. */
  hiddenByDefault?: boolean;
}

export type SortOrder = 'asc' | 'desc';

export interface DataTableSort {
  key: string;
  order: SortOrder;
}

/** One row of the 列设置 popover. */
export interface ColumnSetting {
  key: string;
  label: string;
  visible: boolean;
}
