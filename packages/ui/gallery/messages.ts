import type { LocaleMessagesInput } from '../src/index.ts';

export const galleryMessages = {
  'zh-CN': {
    gallery: {
      title: '督导平台 · 设计系统',
      phoneHint: '把窗口缩到 768px 以下可查看手机布局（筛选折叠、抽屉全屏、分页精简）。',
      language: '语言',
      state: '状态',
      states: { data: '有数据', loading: '加载中', empty: '无数据', error: '加载失败' },
      listPage: {
        q: '关键字',
        qPlaceholder: '营业厅或问题',
        status: '状态',
        all: '全部',
        empty: {
          none: '还没有整改单',
          noneHint: '检查发现问题后，整改单会出现在这里',
          filtered: '没有符合条件的整改单',
          filteredHint: '可以放宽筛选条件后重新查询',
        },
      },
      sections: {
        tokens: '设计令牌',
        page: '列表页模式：筛选 + 表格 + 详情抽屉',
        listPage: '列表页套件：useListPage + DListPage（筛选、分页、排序都在地址栏里）',
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
      listPage: {
        q: 'Keyword',
        qPlaceholder: 'Hall or problem',
        status: 'Status',
        all: 'All',
        empty: {
          none: 'No rectification orders yet',
          noneHint: 'Orders appear here once an inspection finds a problem.',
          filtered: 'No orders match the filters',
          filteredHint: 'Widen the filters and search again.',
        },
      },
      sections: {
        tokens: 'Design tokens',
        page: 'List page pattern: filters + table + detail drawer',
        listPage: 'List-page kit: useListPage + DListPage (filters, page and sort in the URL)',
        status: 'Status tags and scores',
        selectors: 'Org and person selectors',
        charts: 'Chart cards (ECharts loaded on demand)',
        upload: 'Image upload',
        feedback: 'Empty, error and confirm',
      },
    },
  },
} satisfies LocaleMessagesInput;
