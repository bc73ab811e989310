// The remote's texts, under `inspection.` so they never collide with the shell's or another remote's.
const zhCN = {
  inspection: {
    menu: {
      group: '服务检查',
    },
    // The kinds of inspection (检查类型), used by plans, inspections and every list that shows them.
    kinds: {
      DAILY: '日检',
      SELF_CHECK: '营业厅自查',
      MONTHLY_VISIT: '月度明查',
      CROSS: '交叉巡检',
      MYSTERY: '神秘客户暗访',
    },
    // Under a text field longer than its field keeps (LimitedInput): nothing is cut, the user shortens it.
  },
};

export type InspectionMessages = typeof zhCN;
export default zhCN;
