// What apps may use from Element Plus in script code. Components come globally from installDesignSystem.
export { ElLoading, ElMessage, ElMessageBox, ElNotification } from 'element-plus';
export type {
  ButtonType,
  ElMessageBoxOptions,
  FormInstance,
  FormItemRule,
  FormRules,
  MessageBoxData,
  TabPaneName,
  TableColumnCtx,
  TableInstance,
  TreeNodeData,
  UploadFile,
  UploadRawFile,
  UploadUserFile,
} from 'element-plus';
export * as Icons from '@element-plus/icons-vue';
