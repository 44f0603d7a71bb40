/**
 * The rows of each standard input sheet (SPEC §3) of a generated school (./school.ts), produced lazily
 * so a district's million sign-in rows never sit in memory at once. Each sheet draws from its own
 * stream (the school's seed + 1 … + 6), so the rows do not depend on the order sheets are written in.
 */
import { INPUT_SHEETS } from '../../sheets/template/template.js';
import { DELIVERABLE_SHEET_DEF } from '../../sheets/template/creditSheets.js';
import { excelSerial } from './dates.js';
import { Prng } from './prng.js';
import { draw, maybe, NO_ROW, pickOne, type Cell, type SchoolProfile, type AwardKind, type Slip, type Training, type Weighted } from './profile.js';
import { expects, schoolDay, type School, type Teacher } from './school.js';

export type Row = Cell[];

export interface GeneratedSheet {
  name: string;
  /** A title row above the header, like the paper forms. */
  title?: string;
  header: readonly string[];
  rows: () => Iterable<Row>;
}

/**
 * The school's standard sheets, in the order of the template: 教师名册 … 考核登记, then 考核规则.
 * @example schoolSheets(generateSchool(1, EDGE_PROFILE)).map((s) => s.name)[0] // '教师名册'
 */
export function schoolSheets(school: School): GeneratedSheet[] {
  const p = school.profile;
  const recipes: Record<string, () => Iterable<Row>> = {
    教师名册: () => rosterRows(school),
    签到表: () => signinRows(school),
    外出学习: () => [...externalRecords(school)].map((r) => r.row),
    听课记录: () => observationRows(school),
    获奖登记: () => awardRows(school),
    考核登记: () => judgedRows(school),
  };
  const sheets: GeneratedSheet[] = INPUT_SHEETS.map((def) => {
    const recipe = recipes[def.name] ?? ((): Row[] => []);
    const slips = p.slips.filter((s) => s.sheet === def.name);
    return {
      name: def.name,
      ...(def.name === '签到表' && p.signin.title !== undefined ? { title: p.signin.title } : {}),
      header: def.columns,
      rows: slips.length === 0 ? recipe : () => applySlips([...recipe()], slips),
    };
  });
  // issue 21: the ledgers, each from its own stream (seed + 7, + 8), so the sheets above do not move.
  const ledgers: GeneratedSheet[] = p.ledgers === undefined ? [] : [
    { name: '学分登记', header: CREDIT_LEDGER_COLUMNS, rows: () => creditRows(school) },
    { name: '成果登记', header: DELIVERABLE_SHEET_DEF.columns, rows: () => deliverableRows(school) },
  ];
  return [...sheets, ...ledgers, { name: '考核规则', header: ['参数', '值'], rows: () => ruleRows(school) }];
}

/** 学分登记 as the generator writes it: the template's columns, and 学时 for rows counted in hours. */
const CREDIT_LEDGER_COLUMNS: readonly string[] = ['工号', '姓名', '学年', '学期', '类别', '学分', '学时', '来源'];

function* creditRows(school: School): Iterable<Row> {
  const plan = school.profile.ledgers?.credits;
  if (plan === undefined) return;
  const w = new Writer(school, new Prng(school.seed + 7));
  const prng = w.prng;
  for (const t of school.teachers) {
    const count = prng.int(plan.rows[0], plan.rows[1]);
    for (let i = 0; i < count; i++) {
      const who = w.who(t, school.profile.ids.judged);
      const amount = draw(prng, plan.amounts);
      const inHours = maybe(prng, plan.hoursRate);
      yield [...who, draw(prng, plan.years), draw(prng, plan.terms), draw(prng, plan.categories), inHours ? '' : amount, inHours ? amount : '', draw(prng, plan.origins)];
    }
  }
}

function* deliverableRows(school: School): Iterable<Row> {
  const plan = school.profile.ledgers?.deliverables;
  if (plan === undefined) return;
  const w = new Writer(school, new Prng(school.seed + 8));
  const prng = w.prng;
  for (const t of school.teachers) {
    const count = prng.int(plan.rows[0], plan.rows[1]);
    for (let i = 0; i < count; i++) {
      const who = w.who(t, school.profile.ids.judged);
      const category = draw(prng, plan.categories);
      const date = maybe(prng, plan.undatedRate) ? '' : w.date(pickOne(prng, plan.dates));
      yield [...who, category, date, draw(prng, plan.counts), `成果${i + 1}`];
    }
  }
}

/** Cells that draw: dates in the profile's styles, and how a row names a teacher. */
class Writer {
  constructor(private readonly school: School, readonly prng: Prng) {}

  /** Parsed dates, by ISO text: a district writes the same few hundred dates a million times. */
  private readonly dates = new Map<string, { serial: number; date: Date; slashes: string; monthDay: string }>();

  date(iso: string): Cell {
    const style = draw(this.prng, this.school.profile.dates);
    if (style === 'iso') return iso;
    let forms = this.dates.get(iso);
    if (forms === undefined) {
      const [y, m, d] = iso.split('-').map(Number);
      forms = { serial: excelSerial(iso), date: new Date(`${iso}T00:00:00Z`), slashes: `${y}/${m}/${d}`, monthDay: `${m}月${d}日` };
      this.dates.set(iso, forms);
    }
    return style === 'date' ? new Date(forms.date.getTime()) : forms[style];
  }

  /** 工号 and 姓名 of a row naming `t`: 工号 in `rate` of rows, 同名 teachers' in `ids.shared`. */
  who(t: Teacher, rate: number): [Cell, string] {
    if (t.id === null) return ['', t.name];
    const ids = this.school.profile.ids;
    const withId = t.shared ? maybe(this.prng, ids.shared) : maybe(this.prng, rate);
    return [withId ? this.id(t.id) : '', t.name];
  }

  id(id: string): Cell {
    return this.school.numericIds && maybe(this.prng, this.school.profile.ids.numeric) ? Number(id) : id;
  }

  hours(pool: Weighted<Cell | 'usual'>, usual: number | null): Cell {
    const h = draw(this.prng, pool);
    return h === 'usual' ? usual : h;
  }
}

function* rosterRows(school: School): Iterable<Row> {
  for (const t of school.teachers) {
    const id = t.id === null ? '' : school.numericIds ? Number(t.id) : t.id;
    yield [id, t.name, t.group, t.prepGroup, t.subject, t.echelon, t.mustTeachCell];
  }
}

/** Long shape (SPEC §3.2): one row per teacher who signed in at a session, then 外出学习 rows. */
function* signinRows(school: School): Iterable<Row> {
  const p = school.profile;
  const s = p.signin;
  const w = new Writer(school, new Prng(school.seed + 1));
  const prng = w.prng;
  const absences = new Map<Teacher, number>();
  const named = 'names' in s.chronic ? s.chronic.names : null;
  const chronicOnes = new Set(school.teachers.filter((t) => (named === null ? t.chronic : named.includes(t.name))));

  for (const [i, session] of school.sessions.entries()) {
    const uniform = school.plain || maybe(prng, s.uniformRate);
    for (const t of school.teachers) {
      if (!expects(session, t) && !maybe(prng, s.strayRate)) continue;
      let status: Cell = uniform ? pickOne(prng, s.uniformWords) : choose(prng, draw(prng, s.statuses));
      if (chronicOnes.has(t)) {
        const missed = 'missed' in s.chronic ? s.chronic.missed.includes(i) : prng.chance(s.chronic.missRate);
        status = missed ? s.absent : '出勤';
      } else if (status === s.absent) {
        const n = (absences.get(t) ?? 0) + 1;
        absences.set(t, n);
        if (n > s.maxAbsences) status = '出勤';
      }
      if (status === NO_ROW || (status === s.absent && maybe(prng, s.absentNoRow))) continue;
      const [id, name] = w.who(t, p.ids.signin);
      if (status === '出勤' && s.presentBySession[i] !== undefined) status = s.presentBySession[i] ?? null;
      const hours = w.hours(s.hours, session.hours);
      const row: Row = [w.date(session.date), session.title, draw(prng, s.types), id, maybe(prng, s.spacedNameRate) ? spaced(name) : name, status, hours, session.target];
      yield row;
      if ((hours === '' || hours === null) && maybe(prng, s.duplicateRate)) {
        yield [row[0] ?? null, session.title, '校本研训', id, name, prng.pick(['出勤', '缺勤', '请假']), '', session.target];
      }
    }
    if (i === 0 && maybe(prng, s.stranger.rate)) {
      yield [w.date(session.date), session.title, '校本研训', '', s.stranger.name, '出勤', session.hours, session.target]; // not on the roster
    }
  }
  for (const r of attendTrainings(w, school, s.trainings, s.trainingStatus, s.trainingHours)) {
    yield [r.row[0] ?? null, r.row[1] ?? null, '外出学习', r.row[2] ?? null, r.row[3] ?? null, r.row[5] ?? null, r.row[4] ?? null, ''];
  }
}

/** A status from a pool of words (one more draw), or the word itself. */
function choose(prng: Prng, choice: Cell | readonly Cell[]): Cell {
  return Array.isArray(choice) ? prng.pick(choice as readonly Cell[]) : (choice as Cell);
}

function spaced(name: string): string {
  return `${name.slice(0, 1)} ${name.slice(1)}`;
}

interface TrainingRecord {
  teacher: Teacher;
  training: Training;
  status: Cell;
  /** 日期, 活动, 工号, 姓名, 学时, 状态. */
  row: Row;
}

/** 外出学习 rows, with who went where (考核登记's 二次培训 bonus follows them). */
function externalRecords(school: School): Iterable<TrainingRecord> {
  const e = school.profile.external;
  return attendTrainings(new Writer(school, new Prng(school.seed + 2)), school, e.trainings, e.status, e.hours);
}

function* attendTrainings(w: Writer, school: School, plan: SchoolProfile['external']['trainings'], status: Weighted<Cell>, hours: Weighted<Cell | 'usual'>): Iterable<TrainingRecord> {
  const prng = w.prng;
  const trainings: readonly Training[] = plan.kind === 'listed' ? plan.list : Array.from({ length: prng.int(...plan.count) }, () => ({
    date: prng.pick(plan.dates), title: prng.pick(plan.titles), hours: prng.pick(plan.hours), share: prng.pick(plan.shares),
  }));
  for (const training of trainings) {
    for (const t of school.teachers) {
      if (training.echelons !== undefined && !training.echelons.includes(t.echelon)) continue;
      if (training.group !== undefined && t.group !== training.group) continue;
      if (training.share !== 'all' && !prng.chance(training.share)) continue;
      const s = draw(prng, status);
      const date = w.date(training.date);
      const [id, name] = w.who(t, school.profile.ids.external);
      yield { teacher: t, training, status: s, row: [date, training.title, id, name, w.hours(hours, training.hours), s] };
    }
  }
}

interface Lesson {
  date: string;
  teacher: Teacher;
  topic: string;
  type: string;
  level: string;
}

/** 听课记录: each 教研组's open-class events watched by its members, then 常态课 up to a target per teacher. */
function* observationRows(school: School): Iterable<Row> {
  const p = school.profile;
  const o = p.observations;
  const w = new Writer(school, new Prng(school.seed + 3));
  const prng = w.prng;
  const records: { observer: Teacher; lesson: Lesson; reviewed: Cell }[] = [];
  const seen = new Map<Teacher, number>();
  const watch = (observer: Teacher, lesson: Lesson, reviewed: Cell): void => {
    records.push({ observer, lesson, reviewed });
    seen.set(observer, (seen.get(observer) ?? 0) + 1);
  };
  const topic = (t: Teacher): string => prng.pick(o.topics[t.subject] ?? o.topics[''] ?? ['专题课']);
  const day = (): string => (o.dates === undefined ? schoolDay(p, prng) : prng.pick(o.dates));

  for (const group of school.groups) {
    const members = group.members;
    const plan = 'listed' in o.events
      ? (o.events.listed[group.name] ?? [])
      : new Array<number>(school.plain ? prng.int(0, 1) : prng.int(o.events.count[0], o.events.count[1] + Math.round(o.events.perMember * members.length))).fill(1);
    const teachers = o.teachers.youngFirst ? openClassTeachers(members, o.teachers.never, plan.reduce((a, b) => a + b, 0)) : [];
    let next = 0;
    // All the group's open lessons first, then who watched each.
    const lessons: Lesson[] = [];
    for (const [e, count] of plan.entries()) {
      const date = day();
      for (let i = 0; i < count; i++) {
        const teacher = o.teachers.youngFirst ? teachers[next++] : prng.pick(members);
        if (teacher === undefined) break;
        const lesson: Lesson = { date, teacher, topic: topic(teacher), type: '', level: '' };
        if ('byEchelon' in o.kind) {
          const lead = teacher.echelon === '学科带头人';
          lesson.type = lead ? '示范课' : teacher.echelon === '青年教师' ? '汇报课' : prng.pick(['公开课', '研讨课']);
          // Leads' 示范课 go to the district (cityGroup's to the city); most others are school-level, often left blank.
          lesson.level = lead ? (teacher.group === o.kind.cityGroup ? '市级' : '区级') : e === 1 && i === 0 ? '区级' : prng.chance(0.5) ? '校级' : '';
        } else {
          lesson.type = draw(prng, o.kind.types);
          lesson.level = draw(prng, o.kind.levels);
        }
        lessons.push(lesson);
      }
    }
    for (const lesson of lessons) {
      const rate = pickOne(prng, o.rates);
      const pool = o.observersFrom === 'group' ? members : school.teachers;
      for (const observer of pool) {
        if (observer === lesson.teacher || !maybe(prng, rate)) continue;
        const level = 'byEchelon' in o.kind || !maybe(prng, o.levelSlipRate) ? lesson.level : draw(prng, o.kind.levels);
        const reviewed = draw(prng, o.reviewed);
        watch(observer, { ...lesson, level }, reviewed);
        if (maybe(prng, o.duplicateRate)) watch(observer, { ...lesson, level }, reviewed);
      }
    }
  }

  // Everyday lessons until each teacher reaches a personal target; a few stay below it.
  const ev = o.everyday;
  if (ev !== null) {
    for (const t of school.teachers) {
      const target = prng.chance(ev.shortRate) ? prng.int(...ev.short) : prng.int(...ev.target);
      const colleagues = school.teachers.filter((x) => x.group === t.group && x !== t);
      const others = school.teachers.filter((x) => x !== t);
      if (others.length === 0) continue;
      while ((seen.get(t) ?? 0) < target) {
        const teacher = prng.chance(ev.colleagueRate) && colleagues.length > 0 ? prng.pick(colleagues) : prng.pick(others);
        const date = day();
        watch(t, { date, teacher, topic: topic(teacher), type: '常态课', level: '' }, prng.chance(ev.reviewedRate) ? '是' : '否');
      }
    }
  }
  if (o.sortByDate) records.sort((a, b) => (a.lesson.date < b.lesson.date ? -1 : a.lesson.date > b.lesson.date ? 1 : 0));
  const label = (t: Teacher): string => (o.labelShared && t.shared ? `${t.name}(${t.id ?? ''})` : t.name);
  for (const { observer, lesson: l, reviewed } of records) {
    yield [w.date(l.date), label(observer), label(l.teacher), l.teacher.subject, l.topic, l.type, l.level, reviewed];
  }
}

/** Who teaches the open classes: 青年教师 first (须开课), but `never` never do (a deduction). */
function openClassTeachers(members: readonly Teacher[], never: readonly string[], count: number): Teacher[] {
  const young = members.filter((t) => t.echelon === '青年教师' && !never.includes(t.name));
  const rest = members.filter((t) => !young.includes(t) && !never.includes(t.name));
  return [...young, ...rest].slice(0, count);
}

/** 获奖登记: each award kind shuffles the eligible teachers and takes its winners. */
function* awardRows(school: School): Iterable<Row> {
  const p = school.profile;
  const a = p.awards;
  const w = new Writer(school, new Prng(school.seed + 4));
  const prng = w.prng;
  const kinds: readonly AwardKind[] = a.kind === 'listed' ? a.list : Array.from({ length: school.plain ? prng.int(0, 2) : prng.int(0, Math.round(a.perTeacher * school.teachers.length)) }, () => {
    const [title, category] = prng.pick(a.titles);
    return {
      title, category: maybe(prng, a.blankCategoryRate) ? '' : category, level: prng.pick(a.levels),
      date: maybe(prng, a.blankDateRate) ? '' : prng.pick(a.dates), prizes: a.prizes, count: prng.int(...a.winners),
    };
  });
  for (const kind of kinds) {
    const eligible = school.teachers.filter((t) => kind.echelons === undefined || kind.echelons.includes(t.echelon));
    for (const t of prng.shuffle(eligible).slice(0, kind.count)) {
      const [id, name] = w.who(t, p.ids.awards);
      const row: Row = [id, name, kind.title, kind.category, kind.level, prng.pick(kind.prizes), kind.date === '' ? '' : w.date(kind.date)];
      yield row;
      if (maybe(prng, a.duplicateRate)) yield [...row]; // entered twice → duplicate-award
    }
  }
}

/** 考核登记: the items the school judges by hand; blank numbers mean 0, as offices leave them. */
function* judgedRows(school: School): Iterable<Row> {
  const p = school.profile;
  const j = p.judged;
  const w = new Writer(school, new Prng(school.seed + 5));
  const prng = w.prng;
  const second = j.secondTraining;
  const trained = new Set<Teacher>();
  if ('prefix' in second) {
    for (const r of externalRecords(school)) if (r.status === '出勤' && r.training.title.startsWith(second.prefix)) trained.add(r.teacher);
  }
  for (const [i, t] of school.teachers.entries()) {
    if (maybe(prng, j.missingRate)) continue;
    const who = w.who(t, p.ids.judged);
    if (school.plain && prng.chance(0.8)) {
      yield [...who, ...prng.pick(j.plainRows)];
      continue;
    }
    const fixed = (column: number): { value: Cell } | undefined =>
      j.fixed.find((f) => f.column === column && (f.index === i || f.name === t.name || f.group === t.group));
    const cell = (column: number, pool: Weighted<Cell>): Cell => {
      const f = fixed(column);
      return f !== undefined ? f.value : draw(prng, pool);
    };
    const grade = cell(2, j.grade);
    const missed = cell(3, j.readingMissed);
    const deduction = cell(4, j.readingDeduction);
    let activity: Cell;
    if ('lead' in j.activity) {
      const x = j.activity.leads.includes(t.echelon) ? prng.int(...j.activity.lead) : prng.int(...j.activity.other) + (prng.chance(j.activity.halfRate) ? 0.5 : 0);
      activity = x === 0 ? null : x;
    } else {
      activity = draw(prng, j.activity);
    }
    const secondCell = 'prefix' in second ? (trained.has(t) ? second.points : null) : draw(prng, second);
    yield [...who, grade, missed, deduction, activity, secondCell, cell(7, j.discipline), cell(8, j.taskIncomplete), cell(9, j.collective)];
  }
}

function* ruleRows(school: School): Iterable<Row> {
  const prng = new Prng(school.seed + 6);
  for (const plan of school.profile.rules) {
    const keys = plan.perGroup === true ? school.groups.flatMap((g) => plan.keys.map((k) => `${k}:${g.name}`)) : [plan.keys];
    for (const k of keys) {
      if (!maybe(prng, plan.rate)) continue;
      const values = draw(prng, plan.values);
      const names = typeof k === 'string' ? [k] : k;
      for (const [n, key] of names.entries()) if (values[n] !== undefined) yield [key, values[n] ?? null];
    }
  }
}

/** The sample's planted slips: each should show up in 数据问题 or be silently normalised. */
function applySlips(rows: Row[], slips: readonly Slip[]): Row[] {
  for (const slip of slips) {
    if (slip.kind === 'set') {
      const nameColumn = slip.sheet === '签到表' ? 4 : 1;
      const row = rows.filter((r) => r[nameColumn] === slip.name)[slip.nth];
      if (row !== undefined) for (const [c, v] of Object.entries(slip.cells)) row[Number(c)] = v;
    } else if (slip.kind === 'duplicate') {
      const row = rows[slip.from];
      if (row !== undefined) rows.splice(slip.at, 0, [...row]);
    } else {
      const first = rows[0];
      const withId = rows.find((r) => r[0] !== '' && r[0] !== null && r !== first);
      if (withId !== undefined) withId[0] = String(withId[0]).replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    }
  }
  return rows;
}
