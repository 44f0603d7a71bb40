/**
 * Step 3 · 结果: tier counts per 教研组, the first issues to look at, and buttons to the output
 * sheets (Excel) or the download of the scored copy (standalone).
 */
import { startTransition, useEffect, useState } from 'react';
import {
  Button,
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
import { TIERS } from '../../engine/model.js';
import { ErrorBar } from './ErrorBar.js';
import { IssueList } from './IssueList.js';
import type { ResultStep as ResultState } from './useResultStep.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // Fixed narrow number columns leave the group name the rest of a 320 px pane.
  number: { textAlign: 'right', width: '38px', paddingLeft: 0, paddingRight: tokens.spacingHorizontalXS },
  size: { width: '32px' },
  group: { overflowWrap: 'anywhere', paddingLeft: tokens.spacingHorizontalXS },
  jumps: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * Group rows drawn at first, and added per 显示更多: at 20,000 teachers there are over a thousand
 * groups, and drawing every row of Fluent table cells held the UI thread for seconds.
 */
export const GROUP_PAGE = 50;
/**
 * Rows added per task while the table fills up to its page: the first render with all fifty rows was
 * the page's longest task (191 ms at 2,000 teachers, 285 ms at 20,000, on a busy 2-core machine);
 * ten at a time keep every task well under the 200 ms budget (docs/performance.md).
 */
export const GROUP_ROWS_PER_TASK = 10;

export const JUMP_TARGETS = ['考核结果', '评分明细', '数据问题'] as const;

export interface ResultStepProps {
  state: ResultState;
  /** Standalone: download the scored copy. */
  onDownload?: (() => void) | undefined;
}

export function ResultStep({ state, onDownload }: ResultStepProps) {
  const styles = useStyles();
  const [groupsWanted, setGroupsWanted] = useState(GROUP_PAGE);
  const [groupsDrawn, setGroupsDrawn] = useState(GROUP_ROWS_PER_TASK);
  const groupsShown = Math.min(groupsDrawn, groupsWanted);
  useEffect(() => {
    if (groupsDrawn >= Math.min(groupsWanted, state.groups.length)) return;
    // The next rows in a later task, so the page stays responsive while the table fills.
    const timer = setTimeout(() => startTransition(() => setGroupsDrawn((n) => n + GROUP_ROWS_PER_TASK)), 0);
    return () => clearTimeout(timer);
  }, [groupsDrawn, groupsWanted, state.groups.length]);
  if (state.teacherCount === 0) {
    return <Text className={styles.muted}>还没有结果。请先在“计算”中点“开始计算”。</Text>;
  }
  return (
    <div className={styles.root}>
      <Text>
        共 {state.teacherCount} 位教师，{state.groups.length} 个教研组。
      </Text>
      {state.presetLine !== null && <Text aria-label="方案">{state.presetLine}</Text>}
      {onDownload && (
        <Button appearance="primary" onClick={onDownload}>
          下载计算结果（.xlsx）
        </Button>
      )}
      {state.jump && (
        <div className={styles.jumps}>
          {JUMP_TARGETS.map((name) => (
            <Button key={name} onClick={() => void state.jump?.(name)}>
              查看{name}
            </Button>
          ))}
        </div>
      )}
      <ErrorBar error={state.error} />
      <Table size="extra-small" aria-label="各教研组等次人数">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.group}>教研组</TableHeaderCell>
            <TableHeaderCell className={`${styles.number} ${styles.size}`}>人数</TableHeaderCell>
            {TIERS.map((tier) => (
              <TableHeaderCell key={tier} className={styles.number}>
                {tier}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.groups.slice(0, groupsShown).map((group) => (
            <TableRow key={group.name}>
              <TableCell className={styles.group}>{group.name}</TableCell>
              <TableCell className={styles.number}>{group.size}</TableCell>
              {TIERS.map((tier) => (
                <TableCell key={tier} className={styles.number}>
                  {group.counts[tier]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {state.groups.length > groupsWanted && groupsShown >= groupsWanted && (
        <Button size="small" appearance="subtle" onClick={() => setGroupsWanted(groupsWanted + GROUP_PAGE)}>
          再显示 {Math.min(GROUP_PAGE, state.groups.length - groupsWanted)} 个（还有 {state.groups.length - groupsWanted} 个教研组未显示）
        </Button>
      )}
      {state.topIssues.length > 0 && (
        <>
          <Text weight="semibold">
            值得先看的问题（共 {state.issueCount} 条，完整列表见“数据问题”表）
          </Text>
          <IssueList issues={state.topIssues} showFix={false} />
        </>
      )}
    </div>
  );
}
