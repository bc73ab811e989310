// The Element Plus components the platform uses. Apps never import 'element-plus' themselves (see README):
// they get these globally through installDesignSystem, and named imports keep the rest out of the bundle.
// Add a component in all three places when a page needs one. (The type list cannot be derived from the
// array: Element Plus's own component types read GlobalComponents, and TypeScript reports the cycle.)
import {
  ElButton,
  ElInput,
  ElInputNumber,
  ElForm,
  ElFormItem,
  ElSelect,
  ElOption,
  ElRadio,
  ElRadioGroup,
  ElRadioButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElSwitch,
  ElTable,
  ElTableColumn,
  ElPagination,
  ElDrawer,
  ElDialog,
  ElTag,
  ElMenu,
  ElMenuItem,
  ElSubMenu,
  ElCard,
  ElRow,
  ElCol,
  ElDescriptions,
  ElDescriptionsItem,
  ElTabs,
  ElTabPane,
  ElAlert,
  ElBadge,
  ElDropdown,
  ElDropdownMenu,
  ElDropdownItem,
  ElAvatar,
  ElTooltip,
  ElPopover,
  ElProgress,
  ElSteps,
  ElStep,
  ElUpload,
  ElImage,
  ElEmpty,
  ElResult,
  ElSkeleton,
  ElContainer,
  ElHeader,
  ElAside,
  ElMain,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElIcon,
  ElDivider,
  ElSpace,
  ElScrollbar,
  ElStatistic,
  ElTimeline,
  ElTimelineItem,
  ElCollapse,
  ElCollapseItem,
  ElConfigProvider,
  ElLink,
  ElText,
  ElSegmented,
} from 'element-plus';
import type { ElDatePicker, ElTimePicker, ElTree, ElTreeSelect, vLoading } from 'element-plus';
import { defineAsyncComponent } from 'vue';
import type { App, Plugin } from 'vue';

export const platformComponents: readonly Plugin[] = [
  ElButton,
  ElInput,
  ElInputNumber,
  ElForm,
  ElFormItem,
  ElSelect,
  ElOption,
  ElRadio,
  ElRadioGroup,
  ElRadioButton,
  ElCheckbox,
  ElCheckboxGroup,
  ElSwitch,
  ElTable,
  ElTableColumn,
  ElPagination,
  ElDrawer,
  ElDialog,
  ElTag,
  ElMenu,
  ElMenuItem,
  ElSubMenu,
  ElCard,
  ElRow,
  ElCol,
  ElDescriptions,
  ElDescriptionsItem,
  ElTabs,
  ElTabPane,
  ElAlert,
  ElBadge,
  ElDropdown,
  ElDropdownMenu,
  ElDropdownItem,
  ElAvatar,
  ElTooltip,
  ElPopover,
  ElProgress,
  ElSteps,
  ElStep,
  ElUpload,
  ElImage,
  ElEmpty,
  ElResult,
  ElSkeleton,
  ElContainer,
  ElHeader,
  ElAside,
  ElMain,
  ElBreadcrumb,
  ElBreadcrumbItem,
  ElIcon,
  ElDivider,
  ElSpace,
  ElScrollbar,
  ElStatistic,
  ElTimeline,
  ElTimelineItem,
  ElCollapse,
  ElCollapseItem,
  ElConfigProvider,
  ElLink,
  ElText,
  ElSegmented,
];

/**
 * Components no everyday page needs for its first paint (date and time pickers, trees: about a quarter of the
 * Element Plus code the platform uses), loaded with their styles the first time a page renders one.
 * Registered under the same names; a template ref on one reaches the component itself once it has loaded.
 */
const onDemand = {
  ElDatePicker: defineAsyncComponent(() =>
    Promise.all([
      import('element-plus/es/components/date-picker/index.mjs'),
      import('./styles/on-demand/date-picker.css'),
    ]).then(([module]) => module.ElDatePicker),
  ) as unknown as typeof ElDatePicker,
  ElTimePicker: defineAsyncComponent(() =>
    Promise.all([
      import('element-plus/es/components/time-picker/index.mjs'),
      import('./styles/on-demand/time-picker.css'),
    ]).then(([module]) => module.ElTimePicker),
  ) as unknown as typeof ElTimePicker,
  ElTree: defineAsyncComponent(() =>
    Promise.all([
      import('element-plus/es/components/tree/index.mjs'),
      import('./styles/on-demand/tree.css'),
    ]).then(([module]) => module.ElTree),
  ) as unknown as typeof ElTree,
  ElTreeSelect: defineAsyncComponent(() =>
    Promise.all([
      import('element-plus/es/components/tree-select/index.mjs'),
      import('./styles/on-demand/tree-select.css'),
    ]).then(([module]) => module.ElTreeSelect),
  ) as unknown as typeof ElTreeSelect,
};

/** For the kit's own components that name them (the filter bar's date fields, the org tree select). */
export const { ElDatePicker: ElDatePickerOnDemand, ElTreeSelect: ElTreeSelectOnDemand } = onDemand;

/** Registers the platform's Element Plus components, those loaded on demand included, on an app. */
export function registerPlatformComponents(app: App): void {
  for (const component of platformComponents) app.use(component);
  for (const [name, component] of Object.entries(onDemand)) app.component(name, component);
}

// Types the global tags in every app that imports @duda/ui, and only the ones really registered.
declare module 'vue' {
  interface GlobalComponents {
    ElButton: typeof ElButton;
    ElInput: typeof ElInput;
    ElInputNumber: typeof ElInputNumber;
    ElForm: typeof ElForm;
    ElFormItem: typeof ElFormItem;
    ElSelect: typeof ElSelect;
    ElOption: typeof ElOption;
    ElRadio: typeof ElRadio;
    ElRadioGroup: typeof ElRadioGroup;
    ElRadioButton: typeof ElRadioButton;
    ElCheckbox: typeof ElCheckbox;
    ElCheckboxGroup: typeof ElCheckboxGroup;
    ElSwitch: typeof ElSwitch;
    ElDatePicker: typeof ElDatePicker;
    ElTable: typeof ElTable;
    ElTableColumn: typeof ElTableColumn;
    ElPagination: typeof ElPagination;
    ElDrawer: typeof ElDrawer;
    ElDialog: typeof ElDialog;
    ElTag: typeof ElTag;
    ElTree: typeof ElTree;
    ElTreeSelect: typeof ElTreeSelect;
    ElMenu: typeof ElMenu;
    ElMenuItem: typeof ElMenuItem;
    ElSubMenu: typeof ElSubMenu;
    ElCard: typeof ElCard;
    ElRow: typeof ElRow;
    ElCol: typeof ElCol;
    ElDescriptions: typeof ElDescriptions;
    ElDescriptionsItem: typeof ElDescriptionsItem;
    ElTabs: typeof ElTabs;
    ElTabPane: typeof ElTabPane;
    ElAlert: typeof ElAlert;
    ElBadge: typeof ElBadge;
    ElDropdown: typeof ElDropdown;
    ElDropdownMenu: typeof ElDropdownMenu;
    ElDropdownItem: typeof ElDropdownItem;
    ElAvatar: typeof ElAvatar;
    ElTooltip: typeof ElTooltip;
    ElPopover: typeof ElPopover;
    ElProgress: typeof ElProgress;
    ElSteps: typeof ElSteps;
    ElStep: typeof ElStep;
    ElUpload: typeof ElUpload;
    ElImage: typeof ElImage;
    ElEmpty: typeof ElEmpty;
    ElResult: typeof ElResult;
    ElSkeleton: typeof ElSkeleton;
    ElContainer: typeof ElContainer;
    ElHeader: typeof ElHeader;
    ElAside: typeof ElAside;
    ElMain: typeof ElMain;
    ElBreadcrumb: typeof ElBreadcrumb;
    ElBreadcrumbItem: typeof ElBreadcrumbItem;
    ElIcon: typeof ElIcon;
    ElDivider: typeof ElDivider;
    ElSpace: typeof ElSpace;
    ElScrollbar: typeof ElScrollbar;
    ElStatistic: typeof ElStatistic;
    ElTimeline: typeof ElTimeline;
    ElTimelineItem: typeof ElTimelineItem;
    ElCollapse: typeof ElCollapse;
    ElCollapseItem: typeof ElCollapseItem;
    ElConfigProvider: typeof ElConfigProvider;
    ElLink: typeof ElLink;
    ElText: typeof ElText;
    ElSegmented: typeof ElSegmented;
    ElTimePicker: typeof ElTimePicker;
  }
  interface GlobalDirectives {
    vLoading: typeof vLoading;
  }
}
