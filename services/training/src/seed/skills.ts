// Demo data of oral exams and skill tests: six weeks of weekly oral exams (口试) in every hall — the manager or duty
// manager examines the staff, the district supervisor the manager, a few people missed each week and this week
// still under way — and two months of typing tests and timed business handling (业务办理) per member of staff,
// each person with their own level, speed and carefulness, most improving a little month on month.
import { createHash } from 'node:crypto';
import { TYPING_PASSAGES, mondayOf, type HandlingTask } from '@duda/contract-training';
import { addCalendarDays, chinaDateOf, monthOf, previousMonth, startOfChinaDay } from '@duda/month';
import type { SeededOrg } from '@duda/service-org/seed';
import { scoreTyping } from '../domain/typing.ts';
import type { TrainingPrisma } from '../prisma.ts';

/** A number in [0, 1) fixed by the words given: the same person keeps their level in every record. */
const unit = (...words: (string | number)[]) =>
  createHash('sha256').update(words.join('/')).digest().readUInt32BE(0) / 2 ** 32;
const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
/** Roughly normal, mean 0 and SD 1 (sum of four uniforms), from the words given. */
const normal = (...words: (string | number)[]) =>
  ([0, 1, 2, 3].reduce((sum, i) => sum + unit(...words, i), 0) - 2) * Math.sqrt(3);

const ORAL_QUESTIONS = [
  '携号转网的办理条件有哪些？',
  '客户办理补换卡需要核验哪些证件？',
  '5G 畅享套餐 128 元档包含哪些权益？',
  '宽带装机后多长时间内回访客户？',
  '客户投诉时首先应该怎么做？',
  '什么是首问负责制？',
  '副卡办理的数量上限和资费是怎样的？',
  '终端以旧换新的补贴条件是什么？',
  '客户要求销户时需要注意什么？',
  '融合套餐中宽带和手机如何共享流量？',
  '国际漫游开通需要满足什么条件？',
  '客户忘记服务密码如何重置？',
];

const ORAL_NOTES = [
  '回答完整，表达清晰。',
  '资费细节记得不准，需复习资费手册。',
  '流程熟练，能结合实际案例说明。',
  '回答较慢，对新政策不熟悉，下周再抽问。',
  '服务用语规范，业务要点有遗漏。',
  '',
  '',
];

const HANDLING_BASE_SECONDS: Record<HandlingTask, number> = {
  OPEN_ACCOUNT: 300,
  NUMBER_PORTING: 480,
  PLAN_CHANGE: 150,
  BROADBAND: 420,
  SIM_REPLACEMENT: 180,
  REAL_NAME_UPDATE: 210,
};
const TASKS = Object.keys(HANDLING_BASE_SECONDS) as HandlingTask[];

interface Staff {
  id: string;
  name: string;
  staffNo: string;
  role: string;
  hallId: string;
  hallName: string;
  orgPath: string[];
}

/** A typed passage with `mistakes` characters replaced by near misses, as an IME user leaves them. */
function typedWithMistakes(text: string, mistakes: number, ...key: (string | number)[]): string {
  const chars = Array.from(text);
  for (let m = 0; m < mistakes; m++) {
    const at = Math.floor(unit(...key, 'at', m) * chars.length);
    chars[at] = /[A-Za-z0-9]/.test(chars[at]!) ? 'x' : '的';
  }
  return chars.join('');
}

export async function seedSkills(
  prisma: TrainingPrisma,
  org: SeededOrg,
  now: Date,
): Promise<{ oralExams: number; typingResults: number; handlingRecords: number }> {
  const today = chinaDateOf(now);
  const thisWeek = mondayOf(today);
  const months = [previousMonth(monthOf(today)), monthOf(today)];
  const oral = [];
  const typing = [];
  const handling = [];
  for (const district of org.districts) {
    const supervisor = org.districtSupervisors[district.code]?.[0];
    for (const hall of district.halls) {
      const people = org.hallStaff[hall.code] ?? [];
      const manager = people.find((p) => p.role === 'hall_manager');
      const duty = people.find((p) => p.role === 'duty_manager');
      const timer = manager ?? supervisor;
      const staff: Staff[] = people.map((p) => ({
        ...p,
        hallId: hall.id,
        hallName: hall.name,
        orgPath: [hall.id, district.id, org.cityId],
      }));
      for (const person of staff) {
        const level = clamp(78 + 8 * normal('oral', person.id), 55, 96);
        // 口试: one a week over the six weeks past and this one (up to today), Tuesday to Thursday; about one in
        // eight missed.
        for (let week = 6; week >= 0; week--) {
          const monday = addCalendarDays(thisWeek, -7 * week);
          const heldOn = addCalendarDays(monday, 1 + Math.floor(unit('day', person.id, week) * 3));
          if (heldOn > today || unit('missed', person.id, week) < 0.12) continue;
          const recorder =
            person.role === 'hall_manager'
              ? supervisor
              : duty && duty.id !== person.id && unit('by', person.id, week) < 0.3
                ? duty
                : manager;
          if (!recorder || recorder.id === person.id) continue;
          const asked = [0, 1, 2].map(
            (i) => ORAL_QUESTIONS[Math.floor(unit('q', person.id, week, i) * ORAL_QUESTIONS.length)]!,
          );
          oral.push({
            personId: person.id,
            personName: person.name,
            staffNo: person.staffNo,
            hallId: person.hallId,
            hallName: person.hallName,
            orgPath: person.orgPath,
            heldOn,
            weekOf: monday,
            month: monthOf(heldOn),
            questions: [...new Set(asked)].map((text) => ({ text, questionId: null })),
            score: Math.round(
              clamp(level + (6 - week) * 0.8 + 6 * normal('score', person.id, week), 40, 100),
            ),
            notes: ORAL_NOTES[Math.floor(unit('note', person.id, week) * ORAL_NOTES.length)]!,
            recordedById: recorder.id,
            recordedByName: recorder.name,
            createdAt: new Date(startOfChinaDay(heldOn).getTime() + 17 * 3_600_000),
          });
        }
        if (person.role === 'hall_manager' || !timer) continue;
        // 打字测试: one to three a month; Chinese speed 45–130 characters a minute, a little faster next month.
        const speed = clamp(85 + 22 * normal('speed', person.id), 45, 130);
        const care = unit('care', person.id);
        for (const [m, month] of months.entries()) {
          const tests = 1 + Math.floor(unit('tests', person.id, month) * 3);
          for (let t = 0; t < tests; t++) {
            const day = Math.min(3 + t * 9 + Math.floor(unit('tday', person.id, month, t) * 6), 28);
            const takenOn = `${month}-${String(day).padStart(2, '0')}`;
            if (takenOn > today) continue;
            const passage =
              TYPING_PASSAGES[Math.floor(unit('passage', person.id, month, t) * TYPING_PASSAGES.length)]!;
            const cpm =
              speed *
              (1 + 0.05 * m) *
              (passage.script === 'latin' ? 2.2 : 1) *
              (0.9 + 0.2 * unit('cpm', person.id, month, t));
            const mistakes = Math.floor((1 - care) * 6 * unit('typos', person.id, month, t));
            const typed = typedWithMistakes(passage.text, mistakes, person.id, month, t);
            const elapsedMs = Math.round((Array.from(typed).length / cpm) * 60_000);
            const score = scoreTyping(passage.text, typed, elapsedMs);
            typing.push({
              personId: person.id,
              personName: person.name,
              staffNo: person.staffNo,
              hallId: person.hallId,
              hallName: person.hallName,
              orgPath: person.orgPath,
              passageId: passage.id,
              typed,
              elapsedMs,
              cpm: score.cpm,
              accuracy: score.accuracy,
              errors: score.errors,
              month,
              takenAt: new Date(startOfChinaDay(takenOn).getTime() + 15 * 3_600_000),
            });
          }
        }
        // 业务办理: one or two timed businesses a week in the practice environment, over the two months.
        const pace = clamp(1 + 0.18 * normal('pace', person.id), 0.7, 1.45);
        for (let week = 8; week >= 0; week--) {
          const monday = addCalendarDays(thisWeek, -7 * week);
          const count = 1 + Math.floor(unit('hcount', person.id, week) * 2);
          for (let h = 0; h < count; h++) {
            const heldOn = addCalendarDays(monday, Math.floor(unit('hday', person.id, week, h) * 5));
            if (heldOn > today || monthOf(heldOn) < months[0]!) continue;
            const task = TASKS[Math.floor(unit('task', person.id, week, h) * TASKS.length)]!;
            const seconds =
              HANDLING_BASE_SECONDS[task] *
              pace *
              (1 - 0.01 * (8 - week)) *
              (0.85 + 0.3 * unit('hs', person.id, week, h));
            const roll = unit('herr', person.id, week, h);
            const errors = roll < 0.6 + 0.3 * care ? 0 : roll < 0.97 ? 1 : 2;
            handling.push({
              personId: person.id,
              personName: person.name,
              staffNo: person.staffNo,
              hallId: person.hallId,
              hallName: person.hallName,
              orgPath: person.orgPath,
              task,
              seconds: Math.round(seconds),
              errors,
              notes: errors > 0 ? '漏录客户联系地址，已现场纠正' : '',
              heldOn,
              weekOf: monday,
              month: monthOf(heldOn),
              recordedById: timer.id,
              recordedByName: timer.name,
              createdAt: new Date(startOfChinaDay(heldOn).getTime() + 18 * 3_600_000),
            });
          }
        }
      }
    }
  }
  await prisma.oralExam.createMany({ data: oral });
  await prisma.typingResult.createMany({ data: typing });
  await prisma.handlingRecord.createMany({ data: handling });
  return { oralExams: oral.length, typingResults: typing.length, handlingRecords: handling.length };
}
