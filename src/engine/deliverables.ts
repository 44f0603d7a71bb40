/**
 * SPEC §6 deliverables (seed 002's 八个一, seed 001's 四个一): each teacher's count per required 类别
 * from 成果登记 against what their 梯队 owes. `须交:<类别>:<梯队>` replaces `须交:<类别>` for that 梯队;
 * 类别 are compared after normalisation and through one table of synonyms; a rule 类别 written
 * `论文或反思` is met by either (seed 002: "一篇优秀论文或教学反思").
 */
import type { Deliverable } from './model.js';
import type { Rules } from './rules.js';
import { inPeriod, type OutOfPeriodCounter } from './period.js';
import type { Roster } from './roster.js';
import { hasOwn } from './plainData.js';

/**
 * 类别 that mean the same deliverable, the name the office reads first. A 类别 found in no line is
 * compared as written (after normalisation). Listed in docs/rules.md.
 */
export const DELIVERABLE_SYNONYMS: readonly (readonly string[])[] = [
  ['教学反思', '反思', '课后反思', '教学后记', '反思笔记'],
  ['读书心得', '读书笔记', '读书体会', '读后感', '读书感悟'],
  ['论文', '教学论文', '教育论文', '研究论文', '优秀论文'],
  ['教学设计', '优秀教学设计', '教案', '教学案例设计'],
  ['课例点评', '课例评析', '课例分析', '评课稿', '评课'],
  ['说课稿', '说课', '说课材料'],
  ['基本功', '基本功训练', '教学基本功', '粉笔字', '三笔字'],
  ['小课题', '小课题研究', '微课题', '课题研究'],
  ['专题讲座', '讲座', '专题报告', '主讲'],
  ['自学笔记', '业务笔记', '业务学习笔记', '学习笔记'],
  ['教学案例', '案例'],
];

/** The unit a shortfall is counted in (`缺：说课稿 1 篇`); 篇 unless listed. */
const UNITS: Readonly<Record<string, string>> = { 基本功: '项', 小课题: '项', 专题讲座: '次', 研讨课: '节' };

/** Separators of alternatives inside one rule 类别 (`论文或反思`, `论文/反思`). */
const ALTERNATIVES = /或|\/|／|\|/;

/** NFKC, no white space, lower case (full-width and spaced spellings are one 类别). */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const CANONICAL = new Map<string, string>();
for (const line of DELIVERABLE_SYNONYMS) for (const word of line) if (!CANONICAL.has(normalize(word))) CANONICAL.set(normalize(word), line[0]!);

/**
 * The 类别 a written one stands for: the first word of its synonym line, else itself normalised.
 * @example deliverableCategory('反思') // '教学反思'
 */
export function deliverableCategory(text: string): string {
  const key = normalize(text);
  return CANONICAL.get(key) ?? key;
}

/** The categories a rule 类别 is met by. `论文或反思` → ['论文', '教学反思']. */
function alternativesOf(ruleCategory: string): Set<string> {
  return new Set(ruleCategory.split(ALTERNATIVES).map((p) => p.trim()).filter((p) => p !== '').map(deliverableCategory));
}

/**
 * What one teacher owes, per rule 类别 as written: `须交:<类别>` unless their 梯队 has its own
 * `须交:<类别>:<梯队>`, plus the categories only their 梯队 owes.
 * @example owedBy('骨干教师', { 说课稿: 1, '专题讲座:骨干教师': 1 }) // { 说课稿: 1, 专题讲座: 1 }
 */
export function owedBy(echelon: string | null, required: Readonly<Record<string, number>>): Record<string, number> {
  const owed: Record<string, number> = {};
  for (const [key, count] of Object.entries(required)) {
    const colon = key.indexOf(':');
    if (colon < 0) {
      if (!hasOwn(owed, key)) owed[key] = count;
      continue;
    }
    if (echelon !== null && key.slice(colon + 1).trim() === echelon) owed[key.slice(0, colon).trim()] = count;
  }
  return owed;
}

/** Every rule 类别 of the rules, as the output columns show them (plain keys first, in rule order). */
export function requiredCategories(required: Readonly<Record<string, number>>): string[] {
  const names: string[] = [];
  for (const key of Object.keys(required)) {
    const colon = key.indexOf(':');
    const name = (colon < 0 ? key : key.slice(0, colon)).trim();
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}

export interface DeliverableTally {
  /** Roster position → have/owe per rule 类别 owed (empty when nothing is owed). */
  perTeacher: Record<string, { have: number; owe: number }>[];
  /** Roster position → the shortfall remark (`缺：说课稿 1 篇`), or null. */
  shortfall: (string | null)[];
}

/**
 * Count each teacher's deliverables inside the period against what they owe.
 * @example tallyDeliverables(dataset.deliverables, roster, rules, counter).shortfall[0] // '缺：说课稿 1 篇'
 */
export function tallyDeliverables(
  deliverables: readonly Deliverable[],
  roster: Roster,
  rules: Pick<Rules, 'requiredDeliverables' | 'periodFrom' | 'periodTo'>,
  outOfPeriod: OutOfPeriodCounter,
): DeliverableTally {
  const n = roster.teachers.length;
  const counts: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  for (const row of deliverables) {
    const t = roster.indexByKey.get(row.teacherKey);
    if (t === undefined) continue;
    if (!inPeriod(row.date, rules.periodFrom, rules.periodTo)) {
      outOfPeriod.add(row.source.sheet);
      continue;
    }
    const category = deliverableCategory(row.category);
    const map = counts[t]!;
    map.set(category, (map.get(category) ?? 0) + row.count);
  }
  const perTeacher: Record<string, { have: number; owe: number }>[] = [];
  const shortfall: (string | null)[] = [];
  roster.teachers.forEach((teacher, t) => {
    const owed = owedBy(teacher.echelon, rules.requiredDeliverables);
    const entry: Record<string, { have: number; owe: number }> = {};
    const missing: string[] = [];
    for (const [name, owe] of Object.entries(owed)) {
      const accepted = alternativesOf(name);
      let have = 0;
      for (const [category, count] of counts[t]!) if (accepted.has(category)) have += count;
      entry[name] = { have, owe };
      if (have < owe) missing.push(`${name} ${owe - have} ${UNITS[deliverableCategory(name)] ?? '篇'}`);
    }
    perTeacher.push(entry);
    shortfall.push(missing.length === 0 ? null : `缺：${missing.join('、')}`);
  });
  return { perTeacher, shortfall };
}
