/**
 * Checks across rules, once every source is layered (SPEC §3.6, issue 19 item 5): 优秀 + 良好 within
 * 100%, 考核开始日期 not after 考核结束日期 (errors: scoring does not run), and — once the roster is
 * read — every per-group or per-梯队 key naming a group or 梯队 the roster has (a warning with the
 * nearest name: `优秀比例:语文` when the group is 语文组 would otherwise change nothing in silence).
 * Single values are checked where they enter, against their range in RULE_DEFS (rulesParse.ts).
 */
import { makeIssue, type Issue, type IssueWhere } from '../../engine/issues.js';
import type { Rules } from '../../engine/rules.js';
import type { RulesPatch } from './rulesParse.js';
import { closestName, percentText, RULE_DEFS } from './ruleDefs.js';

/** Where a rule was written, by canonical 参数: its 考核规则 row, or the JSON key (`--rules`). */
export type RuleWhere = (key: string) => IssueWhere;

/**
 * Errors of rules that each parse but do not fit together.
 * @example validateRules({ ...defaultRules(), periodFrom: '2024-01-31', periodTo: '2023-09-01' }, () => ({})) // [bad-rule 考核开始日期]
 */
export function validateRules(rules: Readonly<Rules>, at: RuleWhere): Issue[] {
  const issues: Issue[] = [];
  const reason = '优秀比例与良好比例之和超过 100%';
  if (rules.ratioExcellent + rules.ratioGood > 1 + 1e-12) {
    issues.push(makeIssue('bad-rule', at('良好比例'), { key: '良好比例', value: percentText(rules.ratioGood), reason }));
  }
  for (const [group, ratio] of Object.entries(rules.ratioExcellentByGroup)) {
    if (ratio + rules.ratioGood > 1 + 1e-12) {
      const key = `优秀比例:${group}`;
      issues.push(makeIssue('bad-rule', at(key), { key, value: percentText(ratio), reason }));
    }
  }
  // issue 19: a reversed period put every row out of it and scored everyone 0.
  if (rules.periodFrom !== null && rules.periodTo !== null && rules.periodFrom > rules.periodTo) {
    issues.push(makeIssue('bad-rule', at('考核开始日期'), {
      key: '考核开始日期', value: rules.periodFrom, reason: `晚于考核结束日期 ${rules.periodTo}，考核期内没有任何一天`,
    }));
  }
  return issues;
}

/** The names a per-name rule key may use: the roster's 教研组 and 梯队. */
export interface RosterNames {
  groups: ReadonlySet<string>;
  echelons: ReadonlySet<string>;
}

/** 梯队 that every teacher belongs to, in 须开课课型 (docs/rules.md). */
const ALL_ECHELONS = '全体';

/**
 * `rule-unknown-name` for each per-group / per-梯队 key the school wrote (sheet or `--rules`) that names
 * no group or 梯队 of the roster. The 方案's own keys are ours and not checked.
 * @example checkRuleNames({ ratioExcellentByGroup: { 语文: 0.4 } }, { groups: new Set(['语文组']), echelons: new Set() }, () => ({})) // suggestion 语文组
 */
export function checkRuleNames(written: readonly RulesPatch[], roster: RosterNames, at: RuleWhere): Issue[] {
  const issues: Issue[] = [];
  for (const def of RULE_DEFS) {
    if (def.prefix !== 'group' && def.prefix !== 'echelon' && def.prefix !== 'deliverable') continue;
    const seen = new Set<string>();
    for (const patch of written) {
      const record = (patch as Record<string, unknown>)[def.field];
      if (typeof record !== 'object' || record === null) continue;
      for (const sub of Object.keys(record)) {
        if (seen.has(sub)) continue;
        seen.add(sub);
        const key = `${def.names[0] ?? def.field}:${sub}`;
        if (def.prefix === 'group') {
          if (!roster.groups.has(sub)) issues.push(unknownName(key, '教研组', sub, roster.groups, at));
          continue;
        }
        // 须交:<类别>:<梯队>: only the part after the 类别 names a 梯队.
        const colon = sub.indexOf(':');
        const echelon = def.prefix === 'deliverable' ? (colon < 0 ? null : sub.slice(colon + 1).trim()) : sub;
        if (echelon === null || echelon === ALL_ECHELONS || roster.echelons.has(echelon)) continue;
        issues.push(unknownName(key, '梯队', echelon, roster.echelons, at));
      }
    }
  }
  return issues;
}

function unknownName(key: string, kind: string, name: string, names: ReadonlySet<string>, at: RuleWhere): Issue {
  const suggestion = nearestName(name, names);
  return makeIssue('rule-unknown-name', at(key), { key, kind, name, ...(suggestion === null ? {} : { suggestion }) });
}

/** The roster name a slip most likely meant: one edit away, else the only name containing it (语文 → 语文组). */
function nearestName(name: string, names: ReadonlySet<string>): string | null {
  const close = closestName(name, names);
  if (close !== null) return close;
  const containing = [...names].filter((n) => n.includes(name) || name.includes(n));
  return containing.length === 1 ? (containing[0] ?? null) : null;
}
