/**
 * The sample 获奖登记 (SPEC §3.4): competitions and appraisals at every level, from 校级 (no points)
 * to 国家级, some with 类别 left blank (inferred from 奖项), one entered twice, one 工号 in full width.
 */
import type { OutputCell } from '../../sheets/output.js';
import { excelSerial } from './excelDate.js';
import type { Prng } from './prng.js';
import type { SampleTeacher } from './roster.js';

interface AwardKind {
  title: string;
  category: '比赛' | '评选' | '';
  level: string;
  date: string;
  prizes: readonly string[];
  count: number;
  who?: (t: SampleTeacher) => boolean;
}

const KINDS: readonly AwardKind[] = [
  { title: '区青年教师教学基本功大赛', category: '比赛', level: '区级', date: '2023-10-26', prizes: ['一等奖', '二等奖', '三等奖'], count: 6, who: (t) => t.echelon === '青年教师' || t.echelon === '' },
  { title: '市“学本课堂”优质课比赛', category: '比赛', level: '市级', date: '2023-11-30', prizes: ['一等奖', '二等奖'], count: 3, who: (t) => t.echelon !== '' },
  { title: '省中小学教师能力素质提升大赛', category: '', level: '省级', date: '2023-12-15', prizes: ['二等奖', '三等奖'], count: 2, who: (t) => t.echelon === '学科带头人' },
  { title: '区教学设计评选', category: '评选', level: '区级', date: '2023-11-10', prizes: ['一等奖', '二等奖', '三等奖'], count: 6 },
  { title: '区优秀教学案例评选', category: '', level: '区级', date: '2023-12-05', prizes: ['一等奖', '二等奖', '三等奖', '优秀奖'], count: 5 },
  { title: '省教育教学论文评选', category: '评选', level: '省级', date: '2023-12-20', prizes: ['一等奖', '二等奖', '三等奖'], count: 3 },
  { title: '市读书心得评选', category: '评选', level: '市级', date: '2024-01-08', prizes: ['二等奖', '三等奖'], count: 3 },
  { title: '全国多媒体课件评选', category: '', level: '国家级', date: '2023-12-28', prizes: ['优秀奖'], count: 1 },
  { title: '校读书心得评选', category: '评选', level: '校级', date: '2023-12-22', prizes: ['一等奖', '二等奖'], count: 4 },
];

/**
 * Rows of 获奖登记: 工号, 姓名, 奖项, 类别, 级别, 等次, 日期.
 * @example awardRows(sampleTeachers(), new Prng(4))[0] // ['T004', '刘洋', '区青年教师教学基本功大赛', '比赛', '区级', '一等奖', 45225]
 */
export function awardRows(teachers: readonly SampleTeacher[], prng: Prng): OutputCell[][] {
  const rows: OutputCell[][] = [];
  for (const kind of KINDS) {
    const pool = prng.shuffle(teachers.filter(kind.who ?? (() => true)));
    for (const t of pool.slice(0, kind.count)) {
      // Awards are often registered by name only; 同名 teachers always with 工号.
      const id = t.name === '王芳' || prng.chance(0.6) ? t.id : '';
      rows.push([id, t.name, kind.title, kind.category, kind.level, prng.pick(kind.prizes), excelSerial(kind.date)]);
    }
  }
  const first = rows[0];
  if (first !== undefined) rows.splice(3, 0, [...first]); // entered twice → duplicate-award, counted once
  const withId = rows.find((r) => r[0] !== '' && r[0] !== null && r !== first);
  if (withId !== undefined) withId[0] = String(withId[0]).replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return rows;
}
