/**
 * Step 1 · 检查数据: which standard sheets were found and how many rows each has, the period, the
 * teachers, and every issue grouped by severity (click → the cell in the workbook).
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { StandardSheet } from '../../app/types.js';
import { SHEET_NAMES } from '../../sheets/words/vocabulary.js';
import { caveats } from '../../app/inspect.js';
import { SOURCE_LABEL, type RuleOrigin } from '../../sheets/layout/rulesRows.js';
import { ErrorBar } from './ErrorBar.js';
import { IssueList } from './IssueList.js';
import type { InspectStep as InspectState } from './useInspectStep.js';

const ROLES: StandardSheet[] = ['roster', 'signin', 'external', 'observations', 'awards', 'judged', 'rules'];
const OPTIONAL: ReadonlySet<StandardSheet> = new Set(['external', 'rules']);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorPaletteRedForeground1 },
  optional: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: 'right' },
});

/** “2023-09-01 至 2024-01-31”, or the plain words for no period. */
export function periodText(from: string | null, to: string | null): string {
  if (!from && !to) return '未设置（所有日期的记录都计入）';
  return `${from ?? '不限'} 至 ${to ?? '不限'}`;
}

/**
 * The rules the pane's 考核规则 view lists: the 方案, and every rule not at its default, with where it came from.
 * @example rulesToShow(origins) // [{ key: '方案', value: '001听评课', source: '考核规则表' }, …]
 */
export function rulesToShow(origins: readonly RuleOrigin[]): RuleOrigin[] {
  return origins.filter((r) => r.key === '方案' || r.source !== SOURCE_LABEL.default);
}

export interface InspectStepProps {
  state: InspectState;
  onNext: () => void;
}

export function InspectStep({ state, onNext }: InspectStepProps) {
  const styles = useStyles();
  const { report, busy, error } = state;
  const notUsed = report ? caveats(report) : [];
  return (
    <div className={styles.root}>
      <Button appearance={report ? 'secondary' : 'primary'} onClick={() => void state.check()} disabled={busy}>
        {report ? '重新检查' : '检查数据'}
      </Button>
      {busy && <Spinner size="tiny" label="正在读取工作表…" />}
      <ErrorBar error={error} />
      {report && (
        <>
          <div className={styles.facts}>
            <Text className={styles.label}>考核期</Text>
            <Text>{periodText(report.rules.periodFrom, report.rules.periodTo)}</Text>
            <Text className={styles.label}>教师</Text>
            <Text>{report.read.teacherCount} 人</Text>
            {report.read.signinShape && (
              <>
                <Text className={styles.label}>签到表</Text>
                <Text>{report.read.signinShape === 'matrix' ? '考勤表（每人一行）' : '逐条签到（每人每次一行）'}</Text>
              </>
            )}
          </div>
          <Table size="extra-small" aria-label="标准工作表">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>标准表</TableHeaderCell>
                <TableHeaderCell>工作簿中的表</TableHeaderCell>
                <TableHeaderCell className={styles.number}>行数</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {ROLES.map((role) => {
                const all = report.read.sheetsOf[role];
                const found = all.length > 0 ? all.join('、') : null;
                const rows = all.reduce((n, sheet) => n + (report.read.rowsRead[sheet] ?? 0), 0);
                return (
                  <TableRow key={role}>
                    <TableCell>{SHEET_NAMES[role][0]}</TableCell>
                    <TableCell>
                      {found ?? (
                        <span className={OPTIONAL.has(role) ? styles.optional : styles.missing}>
                          {OPTIONAL.has(role) ? '未找到（可选）' : '未找到'}
                        </span>
                      )}
                    </TableCell>
                    <TableCell className={styles.number}>{found ? rows : '—'}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {report.ruleOrigins !== undefined && (
            // issue 21 item 1: where each rule value comes from (方案, 考核规则表, --rules); defaults are not listed.
            <Table size="extra-small" aria-label="考核规则">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>考核规则</TableHeaderCell>
                  <TableHeaderCell>值</TableHeaderCell>
                  <TableHeaderCell>来源</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rulesToShow(report.ruleOrigins).map((r) => (
                  <TableRow key={r.key}>
                    <TableCell>{r.key}</TableCell>
                    <TableCell>{r.value === '' ? '（空白）' : String(r.value)}</TableCell>
                    <TableCell>{r.source}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {report.canScore && notUsed.length > 0 ? (
            // SPEC §3: what will not be used is shown before scoring, not found after publishing.
            <MessageBar intent="warning">
              <MessageBarBody>
                数据可以计算，但：
                <ul aria-label="未使用的内容">
                  {notUsed.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : report.canScore ? (
            <MessageBar intent={report.issues.some((i) => i.severity === 'warning') ? 'warning' : 'success'}>
              <MessageBarBody>
                {report.issues.length === 0 ? '数据可以计算，没有发现问题。' : '数据可以计算。下面的问题不影响计算，但建议核对。'}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="error">
              <MessageBarBody>暂时不能计算：请先处理下面的“错误”，改好后点“重新检查”。</MessageBarBody>
            </MessageBar>
          )}
          {report.canScore && (
            <Button appearance="primary" onClick={onNext}>
              下一步：计算
            </Button>
          )}
          <IssueList
            issues={report.issues}
            counts={report.trimmed?.issues}
            elsewhere="计算后的“数据问题”表列出全部"
            onSelect={state.selectIssue ? (i) => void state.selectIssue?.(i) : undefined}
          />
        </>
      )}
    </div>
  );
}
