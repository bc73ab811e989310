// 打字测试的文章: the passages of the typing test, shown by the page and scored by the server from their id. Chinese
// passages are typed with an input method; the Latin one checks letters, digits and punctuation.

/** `zh` passages are typed through an input method (IME); `latin` ones key by key. The speed limit differs. */
export const PASSAGE_SCRIPTS = ['zh', 'latin'] as const;
export type PassageScript = (typeof PASSAGE_SCRIPTS)[number];

export interface TypingPassage {
  id: string;
  script: PassageScript;
  title: { 'zh-CN': string; en: string };
  text: string;
}

/**
 * The fastest plausible speed per script, in characters a minute: a passage typed faster was pasted or scripted,
 * and the server refuses it. Competitive Chinese IME typists reach about 200–300 characters a minute; 400 leaves
 * room for the best. Latin text: 900 characters a minute is 180 words a minute.
 */
export const TYPING_SPEED_LIMITS: Record<PassageScript, number> = { zh: 400, latin: 900 };

export const TYPING_PASSAGES = [
  {
    id: 'zh-greeting',
    script: 'zh',
    title: { 'zh-CN': '迎宾与首问负责', en: 'Greeting and first-contact ownership' },
    text: '客户进厅时，引导员应主动起身问候，询问办理的业务并指引取号。营业员接待客户时做到首问负责，不推诿、不拒绝，遇到不能当场办理的业务，要向客户说明原因和办理时限，记录联系电话，并在约定时间内回复客户。办理结束后请客户核对单据并签字确认，礼貌道别。',
  },
  {
    id: 'zh-porting',
    script: 'zh',
    title: { 'zh-CN': '携号转网办理须知', en: 'Number porting: what to check' },
    text: '办理携号转网前，营业员应核验客户本人有效身份证件，确认号码状态正常、无欠费、未处于合约期内。客户需先发送短信查询携转资格并获取授权码。受理时向客户讲清携转后原有套餐和积分的变化，提醒客户在携转生效前保持手机开机，生效后重新办理相关业务。',
  },
  {
    id: 'zh-broadband',
    script: 'zh',
    title: { 'zh-CN': '宽带装机预约', en: 'Booking a broadband installation' },
    text: '客户申请宽带时，先查询安装地址的资源情况，确认可以覆盖后再推荐合适的融合套餐。与客户约定上门安装的时间段，录入准确的联系人和地址，告知装机人员会提前电话联系。装机完成后七日内回访客户，了解网速和服务是否满意，发现问题及时派单处理。',
  },
  {
    id: 'zh-complaint',
    script: 'zh',
    title: { 'zh-CN': '客户投诉的受理', en: 'Taking a customer complaint' },
    text: '受理客户投诉时，要耐心倾听，不打断客户，不与客户争辩。先向客户致歉，再问清问题发生的时间、号码和具体情况，填写投诉受理表。能够当场解决的立即处理，不能当场解决的告知处理流程和答复时限，按时跟进结果，直到客户满意为止。',
  },
  {
    id: 'latin-order',
    script: 'latin',
    title: { 'zh-CN': '英文与数字：业务工单', en: 'English and numbers: a service order' },
    text: 'Order HZ-2026-0815: new 5G plan for customer 138 0571 2468, monthly fee 128.00 CNY, 30 GB data and 500 minutes. SIM ICCID 8986 0123 4567 8901 2345, activated at 10:42 on 2026-11-03. Broadband 1000 Mbps, install slot 14:00-16:00, Room 1203, No. 88 Hubin Road.',
  },
] as const satisfies readonly TypingPassage[];

export type TypingPassageId = (typeof TYPING_PASSAGES)[number]['id'];
export const TYPING_PASSAGE_IDS = TYPING_PASSAGES.map((p) => p.id) as [TypingPassageId, ...TypingPassageId[]];

export const passageById = (id: string): TypingPassage | undefined =>
  TYPING_PASSAGES.find((p) => p.id === id);
