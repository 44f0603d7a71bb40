/**
 * The sample 听课记录 (SPEC §3.3): each group's open-class events (公开课/示范课/研讨课 at 校级,
 * 区级, 市级) watched by most of the group, plus everyday lessons (常态课) teachers drop in on,
 * about ten per teacher — a few fall short of 听课最少节数, and two groups hold too few open classes
 * for 优秀教研组 (SPEC §6).
 */
import type { OutputCell } from '../../sheets/output.js';
import { addDays, excelSerial, weekday } from './excelDate.js';
import type { Prng } from './prng.js';
import type { SampleTeacher } from './roster.js';
import { SAMPLE_GROUPS } from './roster.js';

const TOPICS: Readonly<Record<string, readonly string[]>> = {
  语文: ['《春》', '《济南的冬天》', '《背影》', '《藤野先生》', '《紫藤萝瀑布》', '《岳阳楼记》', '整本书阅读《朝花夕拾》', '记叙文写作指导'],
  数学: ['一元一次方程', '全等三角形的判定', '二次函数的图像与性质', '勾股定理', '分式的运算', '平行线的性质', '数据的收集与整理'],
  英语: ['Unit 3 Reading', 'Unit 5 Listening and Speaking', '一般过去时复习', 'Unit 7 Writing', '阅读理解策略'],
  物理: ['光的反射', '牛顿第一定律', '浮力', '欧姆定律'],
  化学: ['氧气的制取', '质量守恒定律', '酸和碱的中和反应'],
  生物: ['细胞的结构', '植物的光合作用', '人体的消化与吸收'],
  道德与法治: ['珍视生命', '法律保障生活', '做守法的公民'],
  历史: ['秦统一中国', '辛亥革命', '新中国的成立'],
  地理: ['地球的运动', '中国的气候', '世界的人口'],
  体育: ['立定跳远', '篮球行进间运球', '队列队形练习'],
  音乐: ['歌曲《歌唱祖国》', '民族器乐欣赏'],
  美术: ['色彩的情感', '中国山水画欣赏'],
  信息技术: ['Python 循环结构', '数据的可视化'],
  心理健康: ['学会情绪管理', '青春期的人际交往'],
  劳动: ['校园种植实践', '家常菜制作'],
};

/** Open-class lessons per event, per group: two groups fall short of SPEC §6 (英语组 4 lessons, 政史地组 2 events). */
const OPEN_EVENTS: Readonly<Record<string, readonly number[]>> = {
  语文组: [2, 2, 1, 1],
  数学组: [2, 2, 1],
  英语组: [2, 1, 1],
  理化生组: [2, 2, 2],
  政史地组: [2, 1],
  体育艺术组: [1, 1],
  信息综合组: [1, 2],
};

/** 同名 teachers are written with their 工号, as the 听课记录 advice says: 王芳(T023). */
const label = (t: SampleTeacher, teachers: readonly SampleTeacher[]): string =>
  teachers.filter((x) => x.name === t.name).length > 1 ? `${t.name}(${t.id})` : t.name;

/** A school day (Mon–Fri) between 2023-09-11 and 2024-01-12. */
function schoolDay(prng: Prng): string {
  let d = addDays('2023-09-11', prng.int(0, 123));
  while (weekday(d) > 5) d = addDays(d, 1);
  return d;
}

interface Lesson {
  date: string;
  teacher: SampleTeacher;
  topic: string;
  type: string;
  level: string;
}

/** Who teaches the open classes: 青年教师 first (须开课), but one of them never does (deduction). */
function openClassTeachers(members: readonly SampleTeacher[], count: number): SampleTeacher[] {
  const young = members.filter((t) => t.echelon === '青年教师' && t.name !== '韩冰');
  const rest = members.filter((t) => !young.includes(t) && t.name !== '韩冰');
  return [...young, ...rest].slice(0, count);
}

function openLessons(members: readonly SampleTeacher[], prng: Prng): Lesson[][] {
  const plan = OPEN_EVENTS[members[0]?.group ?? ''] ?? [];
  const teachers = openClassTeachers(members, plan.reduce((a, b) => a + b, 0));
  const events: Lesson[][] = [];
  let next = 0;
  plan.forEach((lessons, e) => {
    const date = schoolDay(prng);
    const event: Lesson[] = [];
    for (let i = 0; i < lessons; i++) {
      const teacher = teachers[next++];
      if (teacher === undefined) break;
      const lead = teacher.echelon === '学科带头人';
      event.push({
        date,
        teacher,
        topic: prng.pick(TOPICS[teacher.subject] ?? ['专题课']),
        type: lead ? '示范课' : teacher.echelon === '青年教师' ? '汇报课' : prng.pick(['公开课', '研讨课']),
        // Leads' 示范课 go to the district (语文组's to the city); most others are school-level, often left blank.
        level: lead ? (teacher.group === '语文组' ? '市级' : '区级') : e === 1 && i === 0 ? '区级' : prng.chance(0.5) ? '校级' : '',
      });
    }
    events.push(event);
  });
  return events;
}

/**
 * Rows of 听课记录: 日期, 听课人, 授课人, 学科, 课题, 课型, 级别, 评课.
 * @example observationRows(sampleTeachers(), new Prng(3)).length // ≈ 600
 */
export function observationRows(teachers: readonly SampleTeacher[], prng: Prng): OutputCell[][] {
  const rows: OutputCell[][] = [];
  const seen = new Map<string, number>();
  const row = (observer: SampleTeacher, l: Lesson, reviewed: boolean): void => {
    rows.push([excelSerial(l.date), label(observer, teachers), label(l.teacher, teachers), l.teacher.subject, l.topic, l.type, l.level, reviewed ? '是' : '否']);
    seen.set(observer.id, (seen.get(observer.id) ?? 0) + 1);
  };

  for (const group of SAMPLE_GROUPS) {
    const members = teachers.filter((t) => t.group === group);
    for (const event of openLessons(members, prng)) {
      for (const lesson of event) {
        for (const o of members) if (o !== lesson.teacher && prng.chance(0.8)) row(o, lesson, true);
      }
    }
  }

  // Everyday lessons until each teacher reaches a personal target; a few stay below 10.
  for (const t of teachers) {
    const target = prng.chance(0.08) ? prng.int(5, 9) : prng.int(10, 12);
    const colleagues = teachers.filter((x) => x.group === t.group && x !== t);
    while ((seen.get(t.id) ?? 0) < target) {
      const teacher = prng.chance(0.85) ? prng.pick(colleagues) : prng.pick(teachers.filter((x) => x !== t));
      const topics = TOPICS[teacher.subject] ?? ['常态课'];
      row(t, { date: schoolDay(prng), teacher, topic: prng.pick(topics), type: '常态课', level: '' }, prng.chance(0.6));
    }
  }
  return rows.sort((a, b) => Number(a[0]) - Number(b[0]));
}
