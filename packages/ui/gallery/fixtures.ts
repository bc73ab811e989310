// Made-up data in the shape the inspection services return; nothing here reaches the design system itself.
import type { OrgTreeNode, PersonOption, TimelineEntry } from '../src/index.ts';

export interface RectificationOrder {
  id: string;
  code: string;
  hallName: string;
  problem: string;
  owner: string;
  deadline: string;
  status: string;
  score: number | null;
  vetoed: boolean;
}

const halls = [
  '五一广场营业厅',
  '梅溪湖营业厅',
  '火车站营业厅',
  '星沙营业厅',
  '河西万达营业厅',
  '高铁南站营业厅',
];
const problems = [
  '门头灯箱破损',
  '排队叫号超时',
  '工牌未佩戴',
  '业务受理差错',
  '自助终端故障',
  '宣传物料过期',
];
const owners = ['王芳', '李强', '陈静', '刘洋', '赵敏'];
const statuses = ['open', 'responded', 'overdue', 'closed', 'rejected', 'draft'];

export const rectificationOrders: RectificationOrder[] = Array.from({ length: 57 }, (_, index) => ({
  id: `r${index + 1}`,
  code: `ZG-2025-${String(index + 1).padStart(4, '0')}`,
  hallName: halls[index % halls.length]!,
  problem: problems[(index * 7) % problems.length]!,
  owner: owners[index % owners.length]!,
  deadline: `2025-03-${String((index % 28) + 1).padStart(2, '0')}`,
  status: statuses[index % statuses.length]!,
  score: index % 9 === 0 ? null : 60 + ((index * 13) % 40),
  vetoed: index % 11 === 5,
}));

export const orderHistory: TimelineEntry[] = [
  {
    at: '2025-03-03 09:12',
    actor: '刘洋（区县督导）',
    action: '现场检查发现问题，下发整改单',
    status: 'open',
  },
  { at: '2025-03-05 17:40', actor: '王芳（店面经理）', action: '提交整改，附照片 2 张', status: 'responded' },
  {
    at: '2025-03-06 10:05',
    actor: '刘洋（区县督导）',
    action: '验证不通过',
    status: 'rejected',
    comment: '灯箱仍有一处不亮，请更换整条灯带后重新提交。',
  },
  { at: '2025-03-08 16:20', actor: '王芳（店面经理）', action: '重新提交整改', status: 'responded' },
];

export const orgTree: OrgTreeNode[] = [
  {
    id: 'hn',
    name: '湖南省公司',
    level: 'province',
    children: [
      {
        id: 'cs',
        name: '长沙市公司',
        level: 'city',
        children: [
          {
            id: 'yl',
            name: '岳麓区县公司',
            level: 'district',
            children: [
              { id: 'h-mxh', name: '梅溪湖营业厅', level: 'hall' },
              { id: 'h-hxwd', name: '河西万达营业厅', level: 'hall' },
            ],
          },
          {
            id: 'fr',
            name: '芙蓉区县公司',
            level: 'district',
            children: [
              { id: 'h-wygc', name: '五一广场营业厅', level: 'hall' },
              { id: 'h-hcz', name: '火车站营业厅', level: 'hall' },
            ],
          },
        ],
      },
      {
        id: 'zz',
        name: '株洲市公司',
        level: 'city',
        children: [
          {
            id: 'tx',
            name: '天心区县公司',
            level: 'district',
            children: [{ id: 'h-zzzx', name: '株洲中心营业厅', level: 'hall' }],
          },
        ],
      },
    ],
  },
];

export const staff: PersonOption[] = [
  { id: 'u1', name: '王芳', staffNo: 'CS10086', orgName: '梅溪湖营业厅' },
  { id: 'u2', name: '王强', staffNo: 'CS10231', orgName: '五一广场营业厅' },
  { id: 'u3', name: '李强', staffNo: 'CS10010', orgName: '火车站营业厅' },
  { id: 'u4', name: '陈静', staffNo: 'ZZ20015', orgName: '株洲中心营业厅' },
  { id: 'u5', name: '刘洋', staffNo: 'CS00042', orgName: '芙蓉区县公司' },
];

export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
