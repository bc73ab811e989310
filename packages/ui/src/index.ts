export { installDesignSystem } from './install.ts';
export type { DesignSystemOptions } from './install.ts';
export * from './element-plus/index.ts';
export * from './i18n/index.ts';
export { useIsPhone } from './composables/useIsPhone.ts';
export { browserDrafts } from './drafts/browserDrafts.ts';
export type { BrowserDrafts, BrowserDraftsOptions } from './drafts/browserDrafts.ts';
export { confirmAction } from './feedback/confirmAction.ts';
export type { ConfirmActionOptions } from './feedback/confirmAction.ts';

export { default as DAppProvider } from './components/DAppProvider/DAppProvider.vue';
export { default as DPageContainer } from './components/DPageContainer/DPageContainer.vue';
export type { BreadcrumbLink } from './components/DPageContainer/types.ts';
export { default as DFilterBar } from './components/DFilterBar/DFilterBar.vue';
export { default as DDataTable } from './components/DDataTable/DDataTable.vue';
export type { DataTableColumn, DataTableSort, SortOrder } from './components/DDataTable/types.ts';
export { default as DDetailDrawer } from './components/DDetailDrawer/DDetailDrawer.vue';
export { default as DStatusTag } from './components/DStatusTag/DStatusTag.vue';
export { isKnownStatus, statusTone, toneOf } from './components/DStatusTag/statusTone.ts';
export type { KnownStatus } from './components/DStatusTag/statusTone.ts';
export { default as DScoreBadge } from './components/DScoreBadge/DScoreBadge.vue';
export { default as DOrgTreeSelect } from './components/DOrgTreeSelect/DOrgTreeSelect.vue';
export type { OrgLevel, OrgTreeNode } from './components/DOrgTreeSelect/types.ts';
export { default as DPersonSelect } from './components/DPersonSelect/DPersonSelect.vue';
export type { PersonOption, PersonSearch } from './components/DPersonSelect/types.ts';
export { default as DTimeline } from './components/DTimeline/DTimeline.vue';
export type { TimelineEntry } from './components/DTimeline/types.ts';
export { default as DEmptyState } from './components/DEmptyState/DEmptyState.vue';
export { default as DErrorState } from './components/DErrorState/DErrorState.vue';
export { default as DChartCard } from './components/DChartCard/DChartCard.vue';
export { default as DSheetImportDialog } from './components/DSheetImportDialog/DSheetImportDialog.vue';
export { default as LimitedInput } from './components/LimitedInput/LimitedInput.vue';
export { default as DImageUpload } from './components/DImageUpload/DImageUpload.vue';
export type { ImageUploader, UploadedImage } from './components/DImageUpload/types.ts';
export type { StatusTone } from './tokens/index.ts';
export { default as DListPage } from './list-page/DListPage.vue';
export type { FilterFieldProps } from './list-page/DListPage.vue';
export { useListPage } from './list-page/useListPage.ts';
export {
  booleanFilter,
  defineFilters,
  enumFilter,
  monthFilter,
  isoMondayOf,
  orgFilter,
  pickedWeekOf,
  textFilter,
  weekFilter,
} from './list-page/filters.ts';
export type {
  BooleanFilter,
  EnumFilter,
  FilterSchema,
  FilterValues,
  ListFilter,
  MonthFilter,
  OrgFilter,
  TextFilter,
  WeekFilter,
} from './list-page/filters.ts';
export { isFiltered, listRequestOf, pageOf, readListState, writeListState } from './list-page/listQuery.ts';
export type { ListState, UrlQuery } from './list-page/listQuery.ts';
export type {
  ExportProgress,
  ListData,
  ListPage,
  ListPageOptions,
  ListPageView,
  ListQuery,
  ListRequest,
} from './list-page/types.ts';
