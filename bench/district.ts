/**
 * The people and the calendar of a generated workbook: schools, 教研组 of 10–15 teachers, and the
 * term's 校本研训 sessions with who is expected at each. Rows are produced from this by sheetRows.ts.
 *
 * Up to 300 teachers is one school (SPEC §1: a school has 30–300). Beyond that it is a district that
 * consolidated its schools into one workbook, with schools of 60–160 teachers; then group and
 * session names carry the school's name so (日期, 活动) stays unique per school.
 */
import { Random } from './random.js';
import {
  DISTRICT_ACTIVITIES, ECHELONS, GIVEN, GRADES, GROUP_ACTIVITIES, PLACES, SCHOOL_ACTIVITIES, SCHOOL_SUFFIXES,
  SUBJECTS, SURNAMES,
} from './vocabulary.js';

export interface BenchTeacher {
  id: string;
  name: string;
  group: number;
  school: number;
  subject: string;
  prepGroup: string;
  echelon: string;
  mustTeach: boolean;
  /** Probability of having no sign-in row for an expected session. */
  missRate: number;
}

export interface BenchGroup {
  name: string;
  school: number;
  subject: string;
  members: number[];
}

export interface BenchSchool {
  name: string;
  groups: number[];
  members: number[];
}

export interface BenchSession {
  /** Days since the term's first Monday. */
  day: number;
  title: string;
  hours: number;
  /** 参加对象 as written (blank = all roster teachers). */
  audience: string;
  /** Teacher indices expected. */
  expected: readonly number[];
}

export interface District {
  teachers: BenchTeacher[];
  groups: BenchGroup[];
  schools: BenchSchool[];
  sessions: BenchSession[];
}

/** The first Monday of the term: 2023-09-04 (UTC). The period in 考核规则 is 2023-09-01..2024-01-31. */
export const TERM_START = Date.UTC(2023, 8, 4);
export const TERM_WEEKS = 20;
const GROUP_SESSIONS = 26;

/** Build the district for `n` teachers; the same n always gives the same district. */
export function buildDistrict(n: number): District {
  const random = new Random(0x5eed0000 + n);
  const schoolSizes = n <= 300 ? [n] : splitSchools(n, random);
  const single = schoolSizes.length === 1;
  const teachers: BenchTeacher[] = [];
  const groups: BenchGroup[] = [];
  const schools: BenchSchool[] = [];

  schoolSizes.forEach((size, s) => {
    const schoolName = single ? '' : `${PLACES[s % PLACES.length]}${SCHOOL_SUFFIXES[Math.floor(s / PLACES.length) % SCHOOL_SUFFIXES.length]}${s >= PLACES.length * SCHOOL_SUFFIXES.length ? Math.floor(s / (PLACES.length * SCHOOL_SUFFIXES.length)) + 1 : ''}`;
    const school: BenchSchool = { name: schoolName, groups: [], members: [] };
    const sizes = splitGroups(size, random);
    const subjectCount = new Map<string, number>();
    sizes.forEach((groupSize, g) => {
      const subject = subjectOf(g);
      const seen = (subjectCount.get(subject) ?? 0) + 1;
      subjectCount.set(subject, seen);
      const groupIndex = groups.length;
      const group: BenchGroup = {
        name: `${schoolName}${subject}${seen > 1 ? '二三四五六七八九'[seen - 2] ?? String(seen) : ''}组`,
        school: s,
        subject,
        members: [],
      };
      for (let k = 0; k < groupSize; k++) {
        const index = teachers.length;
        teachers.push({
          id: `${String(s + 1).padStart(3, '0')}${String(school.members.length + 1).padStart(4, '0')}`,
          name: personName(random),
          group: groupIndex,
          school: s,
          subject,
          prepGroup: `${random.pick(GRADES)}${subject}`,
          echelon: random.pick(ECHELONS),
          mustTeach: random.chance(0.3),
          // about 3% chronic absentees, so the 20% rule disqualifies someone at every size
          missRate: random.chance(0.03) ? 0.3 : 0.02,
        });
        group.members.push(index);
        school.members.push(index);
      }
      school.groups.push(groupIndex);
      groups.push(group);
    });
    schools.push(school);
  });

  return { teachers, groups, schools, sessions: buildSessions(teachers, groups, schools, single, random) };
}

function buildSessions(
  teachers: BenchTeacher[], groups: BenchGroup[], schools: BenchSchool[], single: boolean, random: Random,
): BenchSession[] {
  const everyone = teachers.map((_, i) => i);
  const sessions: BenchSession[] = [];
  // 全区 trainings on four Saturdays
  DISTRICT_ACTIVITIES.forEach((title, i) => {
    sessions.push({ day: (2 + i * 5) * 7 + 5, title, hours: 3, audience: '', expected: everyone });
  });
  // one school-wide session every Wednesday (seed 003 §四: monthly themes)
  schools.forEach((school) => {
    const audience = single ? '' : school.groups.map((g) => groups[g]!.name).join('、');
    for (let week = 0; week < TERM_WEEKS; week++) {
      const theme = SCHOOL_ACTIVITIES[week % SCHOOL_ACTIVITIES.length]!;
      sessions.push({
        day: week * 7 + 2,
        title: single ? theme : `${school.name}${theme}`,
        hours: random.pick([2, 2, 2, 1.5, 3]),
        audience,
        expected: school.members,
      });
    }
  });
  // every 教研组 meets on Thursdays, and on some Tuesdays
  groups.forEach((group) => {
    for (let k = 0; k < GROUP_SESSIONS; k++) {
      const week = k % TERM_WEEKS;
      const day = week * 7 + (k < TERM_WEEKS ? 3 : 1);
      sessions.push({
        day,
        title: `${group.name}${GROUP_ACTIVITIES[k % GROUP_ACTIVITIES.length]}`,
        hours: 2,
        audience: group.name,
        expected: group.members,
      });
    }
  });
  return sessions.sort((a, b) => a.day - b.day);
}

/** School sizes of 60–160 that add up to n (the last one absorbs the remainder). */
function splitSchools(n: number, random: Random): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 220) {
    const size = random.int(60, 160);
    sizes.push(size);
    left -= size;
  }
  sizes.push(left);
  return sizes;
}

/** Group sizes of 10–15 (as close as the school allows) that add up to `size`. */
function splitGroups(size: number, random: Random): number[] {
  const count = Math.max(1, Math.round(size / 12.5));
  const sizes = new Array<number>(count).fill(Math.floor(size / count));
  for (let i = 0; i < size % count; i++) sizes[i]! += 1;
  for (let k = 0; k < count; k++) {
    const a = random.int(0, count - 1);
    const b = random.int(0, count - 1);
    if (a !== b && sizes[a]! > 10 && sizes[b]! < 15) {
      sizes[a]! -= 1;
      sizes[b]! += 1;
    }
  }
  return sizes;
}

/** Subjects in order of weight, repeated: a school's first groups are 语文, 数学, 英语, … */
function subjectOf(g: number): string {
  const order = [...SUBJECTS].sort((a, b) => b.weight - a.weight);
  return order[g % order.length]!.subject;
}

/**
 * A surname (frequent ones favoured) and one or two given-name characters. Tuned so that few
 * teachers share a name at 2,000 (0.5%) and 6% at 20,000: 同名 is common in a district (SPEC §3).
 */
function personName(random: Random): string {
  const r = random.next();
  const surname = SURNAMES[Math.floor(r ** 1.5 * SURNAMES.length)]!;
  const given = random.pick(GIVEN) + (random.chance(0.85) ? random.pick(GIVEN) : '');
  return surname + given;
}
