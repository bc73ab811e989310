import type { LocaleMessagesInput } from '../src/index.ts';

export const galleryMessages = {
  'zh-CN': {
    gallery: {
      title: '督导平台 · 设计系统',
      phoneHint: '把窗口缩到 768px 以下可查看手机布局（筛选折叠、抽屉全屏、分页精简）。',
      language: '语言',
      state: '状态',
      states: { data: '有数据', loading: '加载中', empty: '无数据', error: '加载失败' },
      sections: {
        tokens: '设计令牌',
        page: '列表页模式：筛选 + 表格 + 详情抽屉',
        status: '状态标签与得分',
        selectors: '组织与人员选择',
        charts: '图表卡片（按需加载 ECharts）',
        upload: '图片上传',
        feedback: '空状态、错误与确认',
      },
    },
  },
  en: {
    gallery: {
      title: 'Supervision platform · Design system',
      phoneHint:
        'Make the window narrower than 768px to see the phone layout (folded filters, full-screen drawer).',
      language: 'Language',
      state: 'State',
      states: { data: 'With data', loading: 'Loading', empty: 'Empty', error: 'Error' },
      sections: {
        tokens: 'Design tokens',
        page: 'List page pattern: filters + table + detail drawer',
        status: 'Status tags and scores',
        selectors: 'Org and person selectors',
        charts: 'Chart cards (ECharts loaded on demand)',
        upload: 'Image upload',
        feedback: 'Empty, error and confirm',
      },
    },
  },
} satisfies LocaleMessagesInput;
