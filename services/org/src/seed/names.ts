import type { Random } from './random.ts';

// Common Chinese surnames (by frequency) and given-name characters, for realistic demo staff.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤'.split(
    '',
  );
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲建飞欣雪琳晨宇浩然思雨佳怡子涵梓轩欣怡婷倩颖瑶琪雯慧晓云峰斌凯鑫宁博文睿哲俊萱彤悦嘉'.split(
    '',
  );

export function chineseName(random: Random): string {
  const surname = random.pick(SURNAMES);
  const given = random.next() < 0.35 ? random.pick(GIVEN) : random.pick(GIVEN) + random.pick(GIVEN);
  return surname + given;
}

export const mobile = (random: Random): string =>
  `1${random.pick(['35', '36', '37', '38', '39', '47', '50', '51', '52', '57', '58', '59', '78', '82', '87', '88'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
