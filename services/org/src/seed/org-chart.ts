// The demo organisation: 浙江公司 → 杭州分公司 → 7 区县分公司 → 42 营业厅.

export interface DistrictSeed {
  code: string;
  name: string;
  halls: { code: string; name: string; address: string }[];
}

const hall = (district: string, code: string, name: string, street: string) => ({
  code: `HZ-${district}-${code}`,
  name: `${name}营业厅`,
  address: `杭州市${street}`,
});

export const PROVINCE = { code: 'ZJ', name: '浙江公司' };
export const CITY = { code: 'HZ', name: '杭州分公司' };

export const DISTRICTS: DistrictSeed[] = [
  {
    code: 'HZ-SC',
    name: '上城区分公司',
    halls: [
      hall('SC', '01', '湖滨', '上城区延安路 98 号'),
      hall('SC', '02', '南星', '上城区复兴路 312 号'),
      hall('SC', '03', '清波', '上城区河坊街 56 号'),
      hall('SC', '04', '望江', '上城区望江路 207 号'),
      hall('SC', '05', '四季青', '上城区景昙路 18 号'),
      hall('SC', '06', '笕桥', '上城区机场路 355 号'),
    ],
  },
  {
    code: 'HZ-GS',
    name: '拱墅区分公司',
    halls: [
      hall('GS', '01', '武林', '拱墅区体育场路 218 号'),
      hall('GS', '02', '米市巷', '拱墅区米市巷 45 号'),
      hall('GS', '03', '湖墅', '拱墅区湖墅南路 88 号'),
      hall('GS', '04', '大关', '拱墅区大关路 160 号'),
      hall('GS', '05', '拱宸桥', '拱墅区小河路 402 号'),
      hall('GS', '06', '半山', '拱墅区半山路 23 号'),
    ],
  },
  {
    code: 'HZ-XH',
    name: '西湖区分公司',
    halls: [
      hall('XH', '01', '文三路', '西湖区文三路 259 号'),
      hall('XH', '02', '黄龙', '西湖区曙光路 120 号'),
      hall('XH', '03', '西溪', '西湖区天目山路 398 号'),
      hall('XH', '04', '古荡', '西湖区古墩路 76 号'),
      hall('XH', '05', '翠苑', '西湖区文二西路 11 号'),
      hall('XH', '06', '转塘', '西湖区之江路 620 号'),
    ],
  },
  {
    code: 'HZ-BJ',
    name: '滨江区分公司',
    halls: [
      hall('BJ', '01', '江南大道', '滨江区江南大道 588 号'),
      hall('BJ', '02', '长河', '滨江区长河路 351 号'),
      hall('BJ', '03', '浦沿', '滨江区东信大道 66 号'),
      hall('BJ', '04', '西兴', '滨江区西兴路 1501 号'),
      hall('BJ', '05', '星光大道', '滨江区闻涛路 1766 号'),
      hall('BJ', '06', '物联网街', '滨江区物联网街 451 号'),
    ],
  },
  {
    code: 'HZ-XS',
    name: '萧山区分公司',
    halls: [
      hall('XS', '01', '人民路', '萧山区人民路 288 号'),
      hall('XS', '02', '城厢', '萧山区城河街 99 号'),
      hall('XS', '03', '北干', '萧山区金城路 458 号'),
      hall('XS', '04', '宁围', '萧山区市心北路 857 号'),
      hall('XS', '05', '瓜沥', '萧山区瓜沥镇航坞路 33 号'),
      hall('XS', '06', '义桥', '萧山区义桥镇湘江路 12 号'),
    ],
  },
  {
    code: 'HZ-YH',
    name: '余杭区分公司',
    halls: [
      hall('YH', '01', '良渚', '余杭区良渚街道古墩路 1899 号'),
      hall('YH', '02', '五常', '余杭区五常大道 175 号'),
      hall('YH', '03', '仓前', '余杭区文一西路 1500 号'),
      hall('YH', '04', '闲林', '余杭区闲林街道闲兴路 9 号'),
      hall('YH', '05', '未来科技城', '余杭区文一西路 998 号'),
      hall('YH', '06', '径山', '余杭区径山镇径山路 2 号'),
    ],
  },
  {
    code: 'HZ-QT',
    name: '钱塘区分公司',
    halls: [
      hall('QT', '01', '下沙', '钱塘区下沙路 301 号'),
      hall('QT', '02', '白杨', '钱塘区学源街 68 号'),
      hall('QT', '03', '义蓬', '钱塘区义蓬街道义府大街 5 号'),
      hall('QT', '04', '临江', '钱塘区临江大道 10 号'),
      hall('QT', '05', '河庄', '钱塘区河庄街道江东大道 3 号'),
      hall('QT', '06', '新湾', '钱塘区新湾街道新湾路 16 号'),
    ],
  },
];

export const CLERK_POSITIONS = [
  '营业员（综合业务）',
  '营业员（综合业务）',
  '营业员（终端销售）',
  '营业员（引导）',
  '营业员（家庭业务）',
];
