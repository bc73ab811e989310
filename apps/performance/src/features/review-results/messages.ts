// Texts of the pages of the rated person, their superior and the HR reviewer, under `performance.reviewResults`.
export const zhCN = {
  reviewResults: {
    menu: '360 评估结果',
    title: '360 度评估：被评估人与结果',
    description:
      '您本人的 360 度评估，以及您作为上级所负责店面经理的评估：提名评估人、审批提名、查看发布后的结果。',
    empty: '暂无与您相关的 360 度评估',
    emptyHint: '人力资源或市公司督导把您（或您负责的店面经理）加入评估周期后，会在这里出现。',
    standing: { SUBJECT: '本人', SUPERIOR: '我是上级', MANAGER: '评估管理员' },
    nominate: '提名评估人',
    results: '查看结果',
    notYet: '结果发布后可查看',
    nominations: {
      title: '提名评估人：{name}',
      anonymity: '被评估人只能看到自己提名的人，看不到审批结果，也看不到谁提交了问卷。',
      candidates: '可提名的同级和下属',
      propose: '提名所选人员',
      proposeHint: '由被评估人提名的需经上级批准；上级和评估管理员提名的直接生效。',
      mine: '我提名的人',
      all: '全部评估人',
      none: '还没有提名',
      noneHint: '从上方名单中勾选同级店面经理和下属，然后点击“提名所选人员”。',
      approve: '批准',
      decline: '不批准',
      closed: '该评估已截止，不能再提名',
    },
    view: {
      title: '360 度评估结果：{name}',
      released: '发布于 {date}',
      reviewerNote: '结果尚未发布：请审阅评语，可以暂不公开不宜展示的评语，然后在评估周期页面发布结果。',
      perspectiveMean: '平均 {mean} 分',
      tooFew: '评估人数不足',
      tooFewHint:
        '该视角提交问卷的人数未达到最少 {minimum} 人（或除您本人外不足 {minimum} 人），为保护评估人匿名，不显示任何分数和评语。',
      question: '题目',
      comments: '评语（不显示评价人，按内容排序）',
      noComments: '没有可显示的评语',
      withheld: '暂不公开',
      withhold: '暂不公开',
      release: '恢复公开',
    },
  },
};

export const en: typeof zhCN = {
  reviewResults: {
    menu: '360 review results',
    title: '360-degree reviews: people and results',
    description:
      'Your own 360-degree review, and those of the hall managers you are the superior of: nominate raters, approve nominations, read the results once released.',
    empty: 'No 360-degree review concerns you',
    emptyHint:
      'Once HR or the city supervisor adds you (or a hall manager you supervise) to a review cycle, it shows here.',
    standing: { SUBJECT: 'Myself', SUPERIOR: 'I am the superior', MANAGER: 'Review manager' },
    nominate: 'Nominate raters',
    results: 'Results',
    notYet: 'Results show once released',
    nominations: {
      title: 'Nominate raters: {name}',
      anonymity:
        'The person under review sees only whom they proposed — not the decisions, nor who has answered.',
      candidates: 'Peers and direct reports who may be nominated',
      propose: 'Nominate the selected',
      proposeHint:
        "Nominations by the person under review need the superior's approval; the superior's and the review manager's count at once.",
      mine: 'Whom I proposed',
      all: 'All raters',
      none: 'No nominations yet',
      noneHint: 'Tick peers and direct reports in the list above, then click “Nominate the selected”.',
      approve: 'Approve',
      decline: 'Decline',
      closed: 'This review is closed; no more nominations',
    },
    view: {
      title: '360-degree review results: {name}',
      released: 'Released on {date}',
      reviewerNote:
        'Not released yet: read the comments, withhold any that should not be shown, then release from the cycle page.',
      perspectiveMean: 'Average {mean}',
      tooFew: 'Not enough raters',
      tooFewHint:
        'Fewer than {minimum} raters answered from this perspective (or fewer than {minimum} besides you): to keep raters anonymous, no score and no comment is shown.',
      question: 'Question',
      comments: 'Comments (without their author, sorted by text)',
      noComments: 'No comment to show',
      withheld: 'Withheld',
      withhold: 'Withhold',
      release: 'Show again',
    },
  },
};
