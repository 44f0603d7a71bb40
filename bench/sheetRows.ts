/**
 * The rows of each standard input sheet (SPEC §3) for a generated district, produced lazily so a
 * million sign-in rows never sit in memory at once. Each sheet draws from its own seeded stream,
 * so the rows do not depend on the order sheets are written in.
 */
import { TERM_START, type BenchSession, type District } from './district.js';
import { Random } from './random.js';
import {
  AWARD_LEVELS, AWARDS, EXTERNAL_ACTIVITIES, LESSON_TOPICS, NOTES_GRADES, OPEN_CLASS_TYPES, PRESENT_WORDS, PRIZES,
} from './vocabulary.js';

export type BenchCell = string | number | Date | null;
export type BenchRow = BenchCell[];

export interface BenchSheet {
  name: string;
  /** Title rows above the header (merged across the header's width), like the paper forms. */
  title?: string;
  header: string[];
  columnWidths: number[];
  rows: () => Iterable<BenchRow>;
}

const DAY_MS = 86_400_000;

/** The standard sheets in the order a school keeps them. */
export function benchSheets(district: District): BenchSheet[] {
  const n = district.teachers.length;
  return [
    {
      name: '教师名册',
      title: '2023学年第一学期教师名册',
      header: ['工号', '姓名', '教研组', '备课组', '学科', '梯队', '须开课'],
      columnWidths: [10, 8, 16, 14, 10, 10, 8],
      rows: () => rosterRows(district),
    },
    {
      name: '签到表',
      title: '2023学年第一学期校本研修签到表',
      header: ['日期', '活动', '类型', '工号', '姓名', '状态', '学时', '参加对象'],
      columnWidths: [12, 24, 10, 10, 8, 8, 6, 30],
      rows: () => signinRows(district, new Random(n * 31 + 2)),
    },
    {
      name: '外出学习',
      header: ['日期', '活动', '工号', '姓名', '学时', '状态'],
      columnWidths: [12, 20, 10, 8, 6, 8],
      rows: () => externalRows(district, new Random(n * 31 + 3)),
    },
    {
      name: '听课记录',
      header: ['日期', '听课人', '授课人', '学科', '课题', '课型', '级别', '评课'],
      columnWidths: [12, 8, 8, 10, 16, 8, 8, 6],
      rows: () => observationRows(district, new Random(n * 31 + 4)),
    },
    {
      name: '获奖登记',
      header: ['工号', '姓名', '奖项', '类别', '级别', '等次', '日期'],
      columnWidths: [10, 8, 20, 8, 8, 8, 12],
      rows: () => awardRows(district, new Random(n * 31 + 5)),
    },
    {
      name: '考核登记',
      header: ['工号', '姓名', '学习笔记', '读书未交', '读书扣分', '活动得分', '二次培训', '违纪扣分', '未完成任务', '集体加分'],
      columnWidths: [10, 8, 8, 8, 8, 8, 8, 8, 10, 8],
      rows: () => judgedRows(district, new Random(n * 31 + 6)),
    },
    {
      name: '考核规则',
      header: ['参数', '值'],
      columnWidths: [16, 16],
      rows: () => RULE_ROWS,
    },
  ];
}

const RULE_ROWS: BenchRow[] = [
  ['考核开始日期', '2023-09-01'],
  ['考核结束日期', '2024-01-31'],
  ['优秀比例', '30%'],
  ['良好比例', '40%'],
  ['名额取整', '四舍五入'],
  ['同分处理', '同档'],
  ['缺勤上限', '20%'],
  ['学时计算范围', '全校'],
  ['默认每次学时', 2],
  ['听课最少节数', 10],
  ['上报学时', 12],
];

function* rosterRows(d: District): Iterable<BenchRow> {
  for (const t of d.teachers) {
    yield [t.id, t.name, d.groups[t.group]!.name, t.prepGroup, t.subject, t.echelon || null, t.mustTeach ? '是' : '否'];
  }
}

/** Long shape: one row per teacher per session, absent teachers have no row (SPEC §3.2). */
function* signinRows(d: District, random: Random): Iterable<BenchRow> {
  for (const session of d.sessions) {
    for (const index of session.expected) {
      const t = d.teachers[index]!;
      if (random.chance(t.missRate)) continue;
      yield [
        dateCell(session.day, random), session.title, random.chance(0.8) ? '校本研训' : null, t.id,
        random.chance(0.01) ? spaced(t.name) : t.name, statusWord(random),
        random.chance(0.1) ? null : session.hours, session.audience || null,
      ];
    }
  }
  // 外出学习 rows typed into the sign-in sheet, about one per teacher
  for (const t of d.teachers) {
    const count = random.int(0, 2);
    for (let k = 0; k < count; k++) {
      yield [
        dateCell(random.int(0, 139), random), random.pick(EXTERNAL_ACTIVITIES), '外出学习', t.id, t.name,
        random.chance(0.9) ? '出勤' : '请假', random.pick([3, 6, 6, 12]), null,
      ];
    }
  }
}

function* externalRows(d: District, random: Random): Iterable<BenchRow> {
  for (const t of d.teachers) {
    const count = random.chance(0.5) ? random.int(1, 2) : 0;
    for (let k = 0; k < count; k++) {
      yield [
        dateCell(random.int(0, 139), random), random.pick(EXTERNAL_ACTIVITIES), t.id, t.name,
        random.pick([3, 6, 12, '6学时']), random.chance(0.95) ? null : '请假',
      ];
    }
  }
}

/** Each 教研组 holds 2–5 open-class events watched by 4–8 members, and everyone watches 常态课 too. */
function* observationRows(d: District, random: Random): Iterable<BenchRow> {
  for (const group of d.groups) {
    const members = group.members;
    const watched = new Map<number, number>();
    const events = random.int(2, 5);
    for (let e = 0; e < events; e++) {
      const teacher = random.pick(members);
      const day = random.int(0, 139);
      const topic = random.pick(LESSON_TOPICS);
      const type = random.pick(OPEN_CLASS_TYPES);
      const level = random.chance(0.8) ? '校级' : random.pick(['县级', '区级', '市级', '省级']);
      const observers = random.int(4, 8);
      for (let k = 0; k < observers; k++) {
        const observer = random.pick(members);
        if (observer === teacher) continue;
        watched.set(observer, (watched.get(observer) ?? 0) + 1);
        yield observationRow(d, observer, teacher, day, topic, type, level, random);
      }
    }
    for (const observer of members) {
      const target = random.int(7, 14) - (watched.get(observer) ?? 0);
      for (let k = 0; k < target; k++) {
        const teacher = random.pick(members);
        if (teacher === observer) continue;
        yield observationRow(d, observer, teacher, random.int(0, 139), random.pick(LESSON_TOPICS), '常态课', null, random);
      }
    }
  }
}

function observationRow(
  d: District, observer: number, teacher: number, day: number, topic: string, type: string, level: string | null,
  random: Random,
): BenchRow {
  const t = d.teachers[teacher]!;
  return [
    dateCell(day, random), d.teachers[observer]!.name, t.name, t.subject, topic, type, level,
    random.chance(0.7) ? '是' : '否',
  ];
}

function* awardRows(d: District, random: Random): Iterable<BenchRow> {
  for (const t of d.teachers) {
    if (!random.chance(0.35)) continue;
    const count = random.int(1, 2);
    for (let k = 0; k < count; k++) {
      const award = random.pick(AWARDS);
      const row: BenchRow = [
        t.id, t.name, award.title, award.category || null, random.pick(AWARD_LEVELS), random.pick(PRIZES),
        dateCell(random.int(0, 139), random),
      ];
      yield row;
      if (random.chance(0.02)) yield [...row]; // entered twice (duplicate-award)
    }
  }
}

function* judgedRows(d: District, random: Random): Iterable<BenchRow> {
  const strongGroups = new Set(d.groups.map((_, g) => g).filter(() => random.chance(0.1)));
  for (const t of d.teachers) {
    if (random.chance(0.01)) continue; // no-judged-record
    yield [
      t.id, t.name, random.chance(0.02) ? null : random.pick(NOTES_GRADES),
      random.chance(0.05) ? 1 : 0, random.chance(0.1) ? random.int(1, 2) : 0, random.int(1, 12),
      random.chance(0.3) ? random.int(1, 3) : 0, random.chance(0.01) ? 5 : 0, random.chance(0.01) ? '是' : '否',
      strongGroups.has(t.group) ? 1 : 0,
    ];
  }
}

/** Mostly real Excel dates; some typed as text the way people do (SPEC §3 date forms). */
function dateCell(day: number, random: Random): Date | string {
  const date = new Date(TERM_START + day * DAY_MS);
  const r = random.next();
  if (r < 0.92) return date;
  const m = date.getUTCMonth() + 1;
  const dd = date.getUTCDate();
  return r < 0.97 ? `${date.getUTCFullYear()}/${m}/${dd}` : `${m}月${dd}日`;
}

function statusWord(random: Random): string | null {
  const r = random.next();
  if (r < 0.01) return '请假';
  if (r < 0.015) return '病假';
  if (r < 0.025) return '迟到';
  if (r < 0.028) return '早退';
  if (r < 0.033) return '缺勤';
  if (r < 0.035) return '补课';
  const word = PRESENT_WORDS[Math.floor(random.next() * PRESENT_WORDS.length)]!;
  return word || null;
}

function spaced(name: string): string {
  return `${name[0]} ${name.slice(1)}`;
}

/** Session count per teacher, for the report. */
export function expectedPerTeacher(d: District): number {
  let pairs = 0;
  for (const s of d.sessions as BenchSession[]) pairs += s.expected.length;
  return pairs / Math.max(1, d.teachers.length);
}
