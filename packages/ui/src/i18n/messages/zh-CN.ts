// Every string the design system shows, under `duda.` so remotes' own keys never collide with ours.
// This file defines the message shape; other locales are type-checked against it.
const zhCN = {
  duda: {
    filterBar: {
      search: '查询',
      reset: '重置',
      toggle: '筛选条件',
    },
    table: {
      columnSettings: '列设置',
      restoreColumns: '恢复默认',
    },
    listPage: {
      export: '导出 Excel',
      exporting: '正在导出…',
      exportingPercent: '正在导出 {percent}%',
    },
    empty: {
      title: '暂无数据',
      description: '可以调整筛选条件后重新查询',
    },
    error: {
      title: '加载失败',
      message: '数据没有加载成功，请检查网络后重试',
      retry: '重试',
      deniedTitle: '没有权限',
      deniedHint: '如需使用，请联系您的上级或系统管理员为您开通相应角色。',
    },
    textLimit: {
      over: '超出 {count} 个字，请删减后再提交',
    },
    confirm: {
      title: '请确认',
      ok: '确定',
      cancel: '取消',
    },
    status: {
      pass: '通过',
      fail: '不通过',
      overdue: '已超期',
      pending: '待处理',
      draft: '草稿',
      submitted: '已提交',
      approved: '已批准',
      rejected: '已驳回',
      published: '已发布',
      closed: '已关闭',
      open: '待整改',
      responded: '待验证',
      verified: '已验证',
      in_progress: '进行中',
      cancelled: '已取消',
      archived: '已归档',
    },
    score: {
      pass: '合格',
      fail: '不合格',
      vetoed: '一票否决',
      notScored: '未评分',
    },
    orgTree: {
      placeholder: '请选择组织',
    },
    personSelect: {
      placeholder: '输入姓名或工号搜索',
      option: '{name}（{staffNo}）',
    },
    timeline: {
      empty: '暂无记录',
    },
    upload: {
      add: '上传图片',
      remove: '删除图片 {name}',
      uploading: '上传中…',
      notImage: '「{name}」不是图片，只能上传图片文件',
      tooLarge: '「{name}」超过 {max} MB，请压缩后重新上传',
      tooMany: '最多只能上传 {max} 张图片',
      failed: '「{name}」上传失败，请重试',
      refused: '「{name}」未能上传：{reason}',
    },
    sheetImport: {
      choose: '选择文件',
      check: '检查文件',
      rows: '共 {rows} 行，{valid} 行可以导入，{bad} 行有问题',
      allGood: '全部 {rows} 行检查通过',
      row: '行号',
      column: '列',
      reason: '原因',
      keep: '只导入正确的 {n} 行',
      importAll: '导入全部 {n} 行',
      refuse: '放弃整个文件',
      templateHint: '还没有模板？',
    },
    locale: {
      'zh-CN': '简体中文',
      en: 'English',
    },
  },
};

export type DudaMessages = typeof zhCN;
export default zhCN;
