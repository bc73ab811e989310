// Texts of the rater's pages, under `performance.reviewForms`.
export const zhCN = {
  reviewForms: {
    menu: '我的 360 评估',
    title: '我的 360 度评估',
    description:
      '您被提名并经审批、需要为店面经理填写的 360 度评估问卷。您的回答匿名汇总，被评估人看不到是谁评的。',
    empty: '暂无需要填写的评估',
    emptyHint: '评估开始后，被提名并经上级批准的评估人会在这里看到问卷；也可以在首页待办中找到。',
    state: { TODO: '待填写', DRAFT: '已暂存', SUBMITTED: '已提交' },
    open: '填写',
    view: '查看',
    as: '您的身份：{perspective}',
    fillTitle: '360 度评估：{name}',
    anonymity: '您的回答只以平均分的形式汇总展示；评语不显示评价人，排列顺序与提交时间无关。提交后不能修改。',
    scale: '1 分（很不认同）— 5 分（非常认同）',
    comment: '评语（选填）',
    saving: '正在保存…',
    saved: '已自动保存',
    savedLocally: '已保存在本机，联网后会自动同步',
    submit: '提交评估',
    submitConfirm: '提交后不能修改，确定提交吗？',
    submitted: '已提交，感谢您的评价',
    incomplete: '还有题目未打分',
    closed: '该评估已不在填写期内',
  },
};

export const en: typeof zhCN = {
  reviewForms: {
    menu: 'My 360 reviews',
    title: 'My 360-degree reviews',
    description:
      'The 360-degree review forms you were nominated and approved to fill in for hall managers. Your answers are pooled anonymously: the person rated never sees who rated them.',
    empty: 'No review to fill in',
    emptyHint:
      'Once a review opens, the raters nominated and approved by the superior find their forms here, and in the to-dos on the home page.',
    state: { TODO: 'To fill in', DRAFT: 'Saved draft', SUBMITTED: 'Submitted' },
    open: 'Fill in',
    view: 'View',
    as: 'You rate as: {perspective}',
    fillTitle: '360-degree review: {name}',
    anonymity:
      'Your answers are only shown as averages; comments are shown without their author, in an order unrelated to when they were sent. Once submitted, they cannot be changed.',
    scale: '1 (strongly disagree) – 5 (strongly agree)',
    comment: 'Comment (optional)',
    saving: 'Saving…',
    saved: 'Saved automatically',
    savedLocally: 'Kept on this device; it will be saved once you are back online',
    submit: 'Submit',
    submitConfirm: 'A submitted review cannot be changed. Submit it?',
    submitted: 'Submitted — thank you',
    incomplete: 'Some questions have no score yet',
    closed: 'This review is no longer open for rating',
  },
};
