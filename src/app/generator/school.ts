/**
 * The school generator's model: a school's staff, 教研组 and 校本研训 calendar, drawn from a seed and a
 * profile (./profile.ts). The rows of each standard sheet are produced from it lazily by ./rows.ts.
 * The same seed and profile always give the same school.
 */
import { addDays } from './dates.js';
import { Prng } from './prng.js';
import { draw, maybe, pickOne, type Cell, type DrawnStaff, type ListedStaff, type SchoolProfile } from './profile.js';
import { GIVEN, SUBJECTS, SURNAMES } from './vocabulary.js';

export interface Teacher {
  /** 工号; null = the roster has none. */
  id: string | null;
  name: string;
  /** 教研组 as the roster writes it ('' = none). */
  group: string;
  prepGroup: string;
  subject: string;
  echelon: string;
  mustTeach: boolean;
  /** 须开课 as written. */
  mustTeachCell: Cell;
  chronic: boolean;
  /** Another teacher of the school has the same name. */
  shared: boolean;
}

export interface Group {
  name: string;
  subject: string;
  members: Teacher[];
}

export interface Session {
  /** ISO date. */
  date: string;
  title: string;
  /** null = 学时 left blank (→ 默认每次学时). */
  hours: number | null;
  /** 参加对象 as written ('' = everyone). */
  target: string;
  /** The 教研组 expected; null = everyone. */
  groups: ReadonlySet<string> | null;
}

export interface School {
  seed: number;
  profile: SchoolProfile;
  teachers: Teacher[];
  groups: Group[];
  sessions: Session[];
  /** Roster 工号 are numbers (1001 …). */
  numericIds: boolean;
  /** A plain school (profile.plainRate): uniform sessions, repeated judged rows. */
  plain: boolean;
}

/**
 * The school for `seed` and `profile`. Each sheet draws from its own stream (seed + 1 … seed + 6), so
 * changing one sheet's recipe leaves the others as they were.
 * @example generateSchool(20230901, SAMPLE_PROFILE).teachers.length // 62
 */
export function generateSchool(seed: number, profile: SchoolProfile): School {
  const prng = new Prng(seed);
  const plain = maybe(prng, profile.plainRate);
  const { teachers, groups, numericIds } = profile.staff.kind === 'listed' ? listedStaff(profile.staff) : drawnStaff(profile, profile.staff, prng);
  for (const t of teachers) t.shared = teachers.some((o) => o !== t && o.name === t.name);
  return { seed, profile, teachers, groups, sessions: calendar(profile, groups, prng), numericIds, plain };
}

/** Whether a session expects the teacher (SPEC §3.2 参加对象). */
export function expects(session: Session, t: Teacher): boolean {
  return session.groups === null || session.groups.has(t.group);
}

/** A school day (Mon–Fri) of the term: a drawn day, moved on to Monday when it falls on a weekend. */
export function schoolDay(profile: SchoolProfile, prng: Prng): string {
  const { from, days } = profile.term;
  const key = `${from}|${days}`;
  let table = SCHOOL_DAYS.get(key);
  if (table === undefined) {
    table = Array.from({ length: days + 1 }, (_, k) => {
      let d = addDays(from, k);
      while (weekdayOf(d) > 5) d = addDays(d, 1);
      return d;
    });
    SCHOOL_DAYS.set(key, table);
  }
  return table[prng.int(0, days)] ?? from;
}
const SCHOOL_DAYS = new Map<string, string[]>();

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay() || 7;
}

/** Every fourth teacher is young (须开课), the first of each group leads it. */
const listedEchelon = (i: number): string => (i === 0 ? '学科带头人' : i % 4 === 1 ? '骨干教师' : i % 4 === 3 ? '青年教师' : '');
const GRADES = ['七年级', '八年级', '九年级'];

function listedStaff(staff: ListedStaff): { teachers: Teacher[]; groups: Group[]; numericIds: boolean } {
  const teachers: Teacher[] = [];
  const groups: Group[] = [];
  for (const plan of staff.groups) {
    const group: Group = { name: plan.group, subject: plan.subjects[0] ?? '', members: [] };
    plan.names.forEach((name, i) => {
      const subject = plan.subjects[i % plan.subjects.length] ?? plan.subjects[0] ?? '';
      const grade = GRADES[i % GRADES.length] ?? '';
      const echelon = listedEchelon(i);
      const t: Teacher = {
        id: `T${String(teachers.length + 1).padStart(3, '0')}`,
        name,
        group: plan.group,
        prepGroup: plan.subjects.length === 1 ? `${grade}${subject}备课组` : `${subject}备课组`,
        subject,
        echelon,
        mustTeach: echelon === '青年教师',
        mustTeachCell: echelon === '青年教师' ? '是' : '否',
        chronic: false,
        shared: false,
      };
      teachers.push(t);
      group.members.push(t);
    });
    groups.push(group);
  }
  return { teachers, groups, numericIds: false };
}

function drawnStaff(profile: SchoolProfile, staff: DrawnStaff, prng: Prng): { teachers: Teacher[]; groups: Group[]; numericIds: boolean } {
  const numericIds = maybe(prng, staff.numericRate);
  let idNo = 1;
  const newId = (): string =>
    numericIds ? String(1000 + idNo++) : staff.ids === 'T' ? `T${String(idNo++).padStart(3, '0')}` : `${String(profile.schoolNo).padStart(3, '0')}${String(idNo++).padStart(4, '0')}`;
  const plans = staff.groupPool !== undefined ? pooledGroups(staff.groupPool, prng) : subjectGroups(staff.size ?? 0, prng);
  const teachers: Teacher[] = [];
  const groups: Group[] = [];
  for (const plan of plans) {
    const name = `${profile.school}${plan.name}`;
    const group: Group = { name, subject: plan.subject, members: [] };
    for (let k = 0; k < plan.size; k++) {
      const mustTeach = maybe(prng, staff.mustTeachRate);
      const t: Teacher = {
        id: maybe(prng, staff.missingIdRate) ? null : newId(),
        name: staff.names === 'drawn' ? personName(prng) : prng.pick(staff.names),
        group: maybe(prng, staff.blankGroupRate) ? '' : name,
        prepGroup: plan.subject === '' ? '' : `${prng.pick(GRADES)}${plan.subject}`,
        subject: plan.subject,
        echelon: pickOne(prng, staff.echelons),
        mustTeach,
        mustTeachCell: pickOne(prng, staff.mustTeachWords[mustTeach ? 0 : 1]),
        chronic: maybe(prng, staff.chronicRate),
        shared: false,
      };
      teachers.push(t);
      group.members.push(t);
    }
    groups.push(group);
  }
  // 同名 teachers always have a 工号 (SPEC §3).
  for (const t of teachers) if (t.id === null && teachers.some((o) => o !== t && o.name === t.name)) t.id = newId();
  return { teachers, groups, numericIds };
}

interface GroupPlan {
  name: string;
  subject: string;
  size: number;
}

/** 教研组 kept from a pool, sizes drawn (the edge profile: 1–12 teachers, subjects blank). */
function pooledGroups(pool: NonNullable<DrawnStaff['groupPool']>, prng: Prng): GroupPlan[] {
  const names = prng.subset(pool.names, pool.keep).slice(0, pool.max);
  if (names.length === 0) names.push(prng.pick(pool.names));
  return names.map((name) => {
    const [min, max] = draw(prng, pool.sizes);
    return { name, subject: '', size: prng.int(min, max) };
  });
}

/** `size` teachers in 教研组 of 10–15, subjects in order of weight: 语文组, 数学组, 英语组, …, 语文二组. */
function subjectGroups(size: number, prng: Prng): GroupPlan[] {
  const sizes = splitGroups(size, prng);
  const order = [...SUBJECTS].sort((a, b) => b.weight - a.weight);
  const seen = new Map<string, number>();
  return sizes.map((n, g) => {
    const subject = order[g % order.length]?.subject ?? '语文';
    const k = (seen.get(subject) ?? 0) + 1;
    seen.set(subject, k);
    return { name: `${subject}${k > 1 ? ('二三四五六七八九'[k - 2] ?? String(k)) : ''}组`, subject, size: n };
  });
}

/** Group sizes of 10–15 (as close as the school allows) that add up to `size`. */
function splitGroups(size: number, prng: Prng): number[] {
  const count = Math.max(1, Math.round(size / 12.5));
  const sizes = new Array<number>(count).fill(Math.floor(size / count));
  for (let i = 0; i < size % count; i++) sizes[i] = (sizes[i] ?? 0) + 1;
  for (let k = 0; k < count; k++) {
    const a = prng.int(0, count - 1);
    const b = prng.int(0, count - 1);
    if (a !== b && (sizes[a] ?? 0) > 10 && (sizes[b] ?? 0) < 15) {
      sizes[a] = (sizes[a] ?? 0) - 1;
      sizes[b] = (sizes[b] ?? 0) + 1;
    }
  }
  return sizes;
}

/**
 * A surname (frequent ones favoured) and one or two given-name characters: few teachers share a name
 * in a school, 6% in a district of 20,000 (同名 is common in a district, SPEC §3).
 */
function personName(prng: Prng): string {
  const surname = SURNAMES[Math.floor(prng.next() ** 1.5 * SURNAMES.length)] ?? '王';
  return surname + prng.pick(GIVEN) + (prng.chance(0.85) ? prng.pick(GIVEN) : '');
}

function calendar(profile: SchoolProfile, groups: readonly Group[], prng: Prng): Session[] {
  const cal = profile.calendar;
  const targetGroups = (target: string, separators: readonly string[] = ['、']): ReadonlySet<string> | null =>
    target === '' ? null : new Set(target.split(new RegExp(`[${separators.join('')}]`)));
  if (cal.kind === 'listed') return cal.sessions.map((s) => ({ ...s, groups: targetGroups(s.target) }));

  if (cal.kind === 'drawn') {
    const names = groups.map((g) => g.name);
    const sessions: Session[] = [];
    for (let s = prng.int(...cal.count); s > 0; s--) {
      const date = prng.pick(cal.dates);
      const title = `${prng.pick(cal.titles)}${sessions.length}`;
      const limited = names.length > 1 && maybe(prng, cal.limitedRate) ? prng.subset(names, 0.5) : [];
      const target = limited.length > 0 ? limited.join(prng.pick(cal.separators)) : '';
      sessions.push({ date, title, hours: prng.pick(cal.hours), target, groups: limited.length > 0 ? new Set(limited) : null });
    }
    return sessions;
  }

  // weekly: 全区 trainings on four Saturdays, the school on Wednesdays, each 教研组 on Thursdays then Tuesdays.
  const day = (n: number): string => addDays(cal.monday, n);
  const sessions: Session[] = cal.district.map((title, i) => ({ date: day((2 + i * 5) * 7 + 5), title, hours: 3, target: '', groups: null }));
  const school = profile.school;
  const all = new Set(groups.map((g) => g.name));
  for (let week = 0; week < cal.weeks; week++) {
    const theme = cal.school[week % cal.school.length] ?? '';
    sessions.push({ date: day(week * 7 + 2), title: `${school}${theme}`, hours: prng.pick(cal.schoolHours), target: school === '' ? '' : [...all].join('、'), groups: school === '' ? null : all });
  }
  for (const g of groups) {
    for (let k = 0; k < cal.perGroup; k++) {
      const week = k % cal.weeks;
      sessions.push({ date: day(week * 7 + (k < cal.weeks ? 3 : 1)), title: `${g.name}${cal.group[k % cal.group.length] ?? ''}`, hours: 2, target: g.name, groups: new Set([g.name]) });
    }
  }
  return sessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
