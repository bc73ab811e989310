// Starting standards a city adopts and then adapts (docs/domain.md#standards, "由各地市公司根据实际情况调整"):
// - the city standard, 30 items after the provincial "零容忍" standard of 30 detailed items,
//   re-weighted toward what customers feel: business accuracy and waiting time carry the most points;
// - the hall manager's daily inspection (日检), walked at least twice a day around 三清三检一班会.
// One-vote-veto items weigh 0: they do not add points, they decide pass or fail.
import type {
  ChecklistItem,
  ChecklistTemplateContent,
  PhotoWhen,
  ScoringMode,
  Severity,
} from '@duda/contract-inspection';
import { DEFAULT_PASS_LINE } from '@duda/contract-inspection';

interface ItemSpec {
  weight: number;
  severity: Severity;
  /** 0–N rating; pass/fail when absent. */
  maxPoints?: number;
  veto?: boolean;
  /** 拍照留证, of a problem only unless `photoAlways`: a passing item costs the inspector no photo. */
  photo?: boolean;
  /** The photo is wanted whatever the result (the closing safety check). */
  photoAlways?: boolean;
  na?: boolean;
}

const photoWhenOf = (spec: ItemSpec): PhotoWhen => (spec.photoAlways ? 'ALWAYS' : 'ON_PROBLEM');

function item(code: string, title: string, guidance: string, spec: ItemSpec): ChecklistItem {
  const scoringMode: ScoringMode = spec.maxPoints ? 'POINTS' : 'PASS_FAIL';
  return {
    code,
    title,
    guidance,
    weight: spec.weight,
    scoringMode,
    maxPoints: spec.maxPoints ?? null,
    allowNotApplicable: spec.na ?? false,
    veto: spec.veto ?? false,
    photoRequired: spec.photo ?? false,
    photoWhen: photoWhenOf(spec),
    severity: spec.severity,
  };
}

export const CITY_STANDARD_CHECKLIST: ChecklistTemplateContent = {
  name: '营业厅服务规范达标检查标准',
  kind: 'STANDARD',
  passLine: DEFAULT_PASS_LINE,
  sections: [
    {
      code: 'A',
      name: '服务礼仪',
      items: [
        item(
          'A01',
          '仪容仪表规范',
          '统一着装、佩戴工牌，发型整洁，女员工淡妆上岗;现场观察全部在岗人员，一人不符即不合格。',
          {
            weight: 3,
            severity: 'MINOR',
          },
        ),
        item(
          'A02',
          '迎送礼仪到位',
          '客户到台席时起身或点头微笑问候，办结后双手递交单据并道别;抽看 3 笔业务，按做到的程度打 0–5 分。',
          {
            weight: 4,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item(
          'A03',
          '服务用语规范',
          '使用普通话和规范服务用语，业务术语客户化，不使用服务忌语;抽看 3 笔业务打 0–5 分。',
          {
            weight: 4,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item('A04', '主动服务', '主动询问需求，主动推荐适合客户的资费和业务;做到"闲时一段话，忙时一句话"。', {
          weight: 3,
          severity: 'MINOR',
          maxPoints: 5,
        }),
        item('A05', '台席服务纪律', '营业期间不吃东西、不玩手机、不扎堆闲聊;暂离台席须摆放"暂停服务"牌。', {
          weight: 2,
          severity: 'MINOR',
        }),
        item(
          'A06',
          '无服务态度恶劣、与客户争吵行为',
          '检查期间或经核实的投诉中，出现顶撞、推诿、与客户争吵等情况即判定不合格，本次检查不达标。',
          {
            weight: 0,
            severity: 'CRITICAL',
            veto: true,
          },
        ),
      ],
    },
    {
      code: 'B',
      name: '环境与5S',
      items: [
        item('B01', '厅外环境整洁', '门头招牌、灯箱完好明亮，门前无杂物、无乱张贴;拍摄厅外全景。', {
          weight: 2,
          severity: 'MINOR',
          photo: true,
        }),
        item(
          'B02',
          '营业大厅卫生',
          '地面、台面、玻璃、座椅无污渍灰尘，垃圾桶不满溢;按区域打 0–5 分并拍照。',
          {
            weight: 4,
            severity: 'MINOR',
            maxPoints: 5,
            photo: true,
          },
        ),
        item(
          'B03',
          '台席5S管理',
          '台面只摆放规定物品，单据、印章、票据定位存放，线缆整理规范;抽查 3 个台席打 0–5 分并拍照。',
          {
            weight: 4,
            severity: 'MINOR',
            maxPoints: 5,
            photo: true,
          },
        ),
        item(
          'B04',
          '功能分区与指引标识',
          '业务受理区、自助服务区、体验区、等候区划分清楚，指引标识完好醒目。',
          {
            weight: 2,
            severity: 'MINOR',
            photo: true,
          },
        ),
      ],
    },
    {
      code: 'C',
      name: '业务办理准确性',
      items: [
        item(
          'C01',
          '受理资料审核到位',
          '入网、过户、补卡等业务核验有效证件原件、人证一致，业务单据客户签字齐全;抽查当日工单 5 份。',
          {
            weight: 4,
            severity: 'MAJOR',
          },
        ),
        item(
          'C02',
          '业务办理准确无差错',
          '抽查当日工单 5 份，套餐变更、号码变更、充值缴费等办理结果与客户申请一致;每发现一笔差错扣 1 分。',
          {
            weight: 6,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item(
          'C03',
          '资费政策解释口径统一',
          '以神秘客户或现场询问方式，核对营业员对当期资费和优惠活动的解释是否与公司统一口径一致。',
          {
            weight: 5,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item(
          'C04',
          '业务办理时限达标',
          '计时抽测 3 笔基础业务，办理时长不超过公司规定时限;按达标笔数打分。',
          {
            weight: 4,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item('C05', '业务知识掌握', '现场抽问 2 名营业员各 3 道本月重点新业务知识题，按答对比例打 0–5 分。', {
          weight: 5,
          severity: 'MAJOR',
          maxPoints: 5,
        }),
        item(
          'C06',
          '无违规办理业务',
          '未经客户同意开通或变更业务、代客户签名、违规补卡或过户等，一经发现即判定不合格，本次检查不达标。',
          {
            weight: 0,
            severity: 'CRITICAL',
            veto: true,
          },
        ),
      ],
    },
    {
      code: 'D',
      name: '等候时间与排队',
      items: [
        item(
          'D01',
          '排队叫号系统正常使用',
          '叫号机正常出票，叫号屏和语音同步，客户按号有序办理;未配备叫号机的营业厅判定为不适用。',
          {
            weight: 4,
            severity: 'MAJOR',
            na: true,
          },
        ),
        item(
          'D02',
          '客户等候时长达标',
          '调取检查当日叫号系统数据或现场计时：平均等候不超过 15 分钟得满分，每超 3 分钟扣 1 分。',
          {
            weight: 8,
            severity: 'MAJOR',
            maxPoints: 5,
          },
        ),
        item(
          'D03',
          '客流高峰预警执行',
          '等候客户达到开放台席数 2.5 倍时，按预案发布等候预警、增开台席并启动分流;查看现场及预警记录。',
          {
            weight: 3,
            severity: 'MAJOR',
          },
        ),
        item(
          'D04',
          '导购分流与预受理',
          '迎宾/导购岗主动询问需求，引导客户使用自助终端和电子渠道，高峰期开展预受理。',
          {
            weight: 3,
            severity: 'MINOR',
            maxPoints: 5,
          },
        ),
      ],
    },
    {
      code: 'E',
      name: '自助设备',
      items: [
        item(
          'E01',
          '自助终端运行正常',
          '自助缴费、打印、选号等终端全部开机可用;故障设备须有报修记录且挂"暂停使用"提示。拍照留证。',
          {
            weight: 5,
            severity: 'MAJOR',
            photo: true,
          },
        ),
        item('E02', '自助设备操作提示齐全', '设备旁张贴服务内容和使用流程标贴，客户能看懂、会操作。', {
          weight: 2,
          severity: 'MINOR',
          photo: true,
        }),
        item(
          'E03',
          '简单故障识别与报修',
          '询问当班人员自助设备卡纸、断网等常见故障的处理方法，并核对硬件报障记录单是否及时填写。',
          {
            weight: 3,
            severity: 'MINOR',
            maxPoints: 5,
          },
        ),
      ],
    },
    {
      code: 'F',
      name: '安全与保障',
      items: [
        item(
          'F01',
          '消防设施完好、通道畅通',
          '灭火器在有效期内且压力正常，消防通道和安全出口无堆放物;拍照留证。',
          {
            weight: 4,
            severity: 'CRITICAL',
            photo: true,
          },
        ),
        item('F02', '账款票卡物管理规范', '现金、有价卡、空白卡按规定入柜加锁，交接班登记完整、账实相符。', {
          weight: 5,
          severity: 'MAJOR',
        }),
        item('F03', '监控设备运行正常', '营业厅监控覆盖受理台席和现金区域，录像可调阅且保存期限符合规定。', {
          weight: 3,
          severity: 'MAJOR',
        }),
        item(
          'F04',
          '无泄露客户信息行为',
          '客户证件复印件、业务单据按规定留存和销毁，离开台席即锁屏，不向无关人员透露客户资料;一经发现即本次检查不达标。',
          {
            weight: 0,
            severity: 'CRITICAL',
            veto: true,
          },
        ),
      ],
    },
    {
      code: 'G',
      name: '营销宣传物料',
      items: [
        item(
          'G01',
          '宣传物料为当期有效内容',
          '海报、台卡、X展架内容在有效期内，无过期、破损或手写涂改的宣传品;拍照留证。',
          {
            weight: 3,
            severity: 'MINOR',
            photo: true,
          },
        ),
        item('G02', '资费公示清晰准确', '资费标准和优惠活动规则在显著位置公示，内容与系统一致。', {
          weight: 3,
          severity: 'MAJOR',
          photo: true,
        }),
        item('G03', '终端体验区规范', '样机开机可体验，价签齐全准确;未设体验区的营业厅判定为不适用。', {
          weight: 2,
          severity: 'MINOR',
          photo: true,
          na: true,
        }),
      ],
    },
  ],
};

export const DAILY_SELF_INSPECTION_CHECKLIST: ChecklistTemplateContent = {
  name: '营业厅日检表',
  kind: 'DAILY',
  passLine: DEFAULT_PASS_LINE,
  sections: [
    {
      code: 'R',
      name: '班前检查（三清三检一班会)',
      items: [
        item('R01', '班前会已召开', '传达当日重点业务、营销活动口径和注意事项，记录参会人员。', {
          weight: 10,
          severity: 'MINOR',
        }),
        item('R02', '员工仪容仪表', '全员着工装、佩戴工牌，仪容整洁。', { weight: 10, severity: 'MINOR' }),
        item('R03', '厅内外环境卫生', '门前、大厅、等候区干净整洁，无杂物;拍照留证。', {
          weight: 10,
          severity: 'MINOR',
          photo: true,
        }),
        item('R04', '设备开机检查', '受理电脑、叫号机、自助终端、POS 机开机正常，故障已报修。', {
          weight: 10,
          severity: 'MAJOR',
        }),
      ],
    },
    {
      code: 'S',
      name: '班中巡检',
      items: [
        item('S01', '台席5S', '台面物品定位摆放，单据印章归位;拍照留证。', {
          weight: 10,
          severity: 'MINOR',
          photo: true,
        }),
        item('S02', '服务规范执行', '巡查营业员首问负责、服务用语和台席纪律，按执行情况打 0–5 分。', {
          weight: 10,
          severity: 'MAJOR',
          maxPoints: 5,
        }),
        item('S03', '排队与分流', '等候客户接近开放台席数 2.5 倍时已增开台席或启动分流。', {
          weight: 10,
          severity: 'MAJOR',
        }),
        item('S04', '宣传物料有效', '厅内宣传品为当期内容，无过期、破损。', {
          weight: 10,
          severity: 'MINOR',
        }),
      ],
    },
    {
      code: 'T',
      name: '班后交接',
      items: [
        item('T01', '账款票卡物交接', '现金、有价卡、空白卡清点入柜，交接登记完整、账实相符。', {
          weight: 10,
          severity: 'MAJOR',
        }),
        item('T02', '安全检查', '消防通道畅通，电源、门窗关闭，无安全隐患;拍照留证。', {
          weight: 10,
          severity: 'CRITICAL',
          photo: true,
          photoAlways: true,
        }),
      ],
    },
  ],
};
