/**
 * The schools of a bench workbook, from the school generator (src/app/generator) with the realistic
 * profile. Up to 300 teachers is one school (SPEC §1: a school has 30–300). Beyond that it is a
 * district that consolidated its schools into one workbook, with schools of 60–160 teachers; then
 * 教研组 and session names carry the school's name so (日期, 活动) stays unique per school. Rows are
 * emitted school by school from this by sheetRows.ts.
 */
import { Prng } from '../src/app/generator/prng.js';
import { realisticProfile } from '../src/app/generator/profiles.js';
import { generateSchool, type School, type Session, type Teacher } from '../src/app/generator/school.js';

export interface District {
  schools: School[];
  /** Every teacher, school by school. */
  teachers: Teacher[];
  /** Every distinct session (a 全区 training is held once for all schools). */
  sessions: Session[];
}

const PLACES = ['城关', '东关', '西城', '南湖', '北坪', '河口', '新区', '桥头', '青山', '白沙', '柳林', '石门'] as const;
const SUFFIXES = ['第一中学', '第二中学', '实验中学', '中心小学', '实验小学', '第三中学', '育才学校', '外国语学校'] as const;

/** Build the district for `n` teachers; the same n always gives the same district. */
export function buildDistrict(n: number): District {
  const sizes = n <= 300 ? [n] : splitSchools(n, new Prng(0x5eed0000 + n));
  // Each school draws from seed + 0 … + 6 (school.ts): 8 apart, schools never share a stream.
  const schools = sizes.map((size, s) => generateSchool(0x5eed0000 + n * 4096 + s * 8, realisticProfile(size, sizes.length === 1 ? '' : schoolName(s), s + 1)));
  const sessions = new Map<string, Session>();
  for (const school of schools) for (const session of school.sessions) sessions.set(`${session.date}|${session.title}`, session);
  return { schools, teachers: schools.flatMap((s) => s.teachers), sessions: [...sessions.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
}

/** 城关第一中学, 东关第一中学, …, then 城关第二中学 …, numbered once the names run out. */
function schoolName(s: number): string {
  const round = Math.floor(s / (PLACES.length * SUFFIXES.length));
  return `${PLACES[s % PLACES.length] ?? ''}${SUFFIXES[Math.floor(s / PLACES.length) % SUFFIXES.length] ?? ''}${round > 0 ? round + 1 : ''}`;
}

/** School sizes of 60–160 that add up to n (the last one absorbs the remainder). */
function splitSchools(n: number, prng: Prng): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left > 220) {
    const size = prng.int(60, 160);
    sizes.push(size);
    left -= size;
  }
  sizes.push(left);
  return sizes;
}
