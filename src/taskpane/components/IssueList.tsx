/**
 * Issues grouped by severity (错误 / 警告 / 提示). Each names its place; when the host can select
 * cells, the place is a link that jumps there. Long lists show the first 20 of each group and grow by
 * 100 per click: at 20,000 teachers there are ~24,000 warnings, and drawing them at once held the UI
 * thread for seconds. A list cut down for the page (trimReport.ts) says how many were left out.
 */
import { startTransition, useState } from 'react';
import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type Issue, type Severity, SEVERITY_LABEL, issueFix } from '../../engine/issues.js';
import { groupIssues, issuePlace } from '../../engine/issueGroups.js';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  fix: { color: tokens.colorNeutralForeground3 },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];
/** Issues of a group drawn at first. */
export const FIRST_SHOWN = 20;
/** Issues added per 再显示. */
export const MORE_SHOWN = 100;

/** “签到表 第 12 行 · 姓名” (the one wording the CLI shares, src/engine/issueGroups.ts). */
export { issuePlace };

export interface IssueListProps {
  issues: Issue[];
  onSelect?: ((issue: Issue) => void) | undefined;
  /** Show the advice line under each message. @default true */
  showFix?: boolean;
  /** Full counts per severity when `issues` holds only the first of each (trimReport.ts trimInspect). */
  counts?: Record<Severity, number> | undefined;
  /** Where the issues left out of a cut-down list can be read, e.g. “计算后见“数据问题”表”. */
  elsewhere?: string;
}

export function IssueList({ issues, onSelect, showFix = true, counts, elsewhere }: IssueListProps) {
  const styles = useStyles();
  const [shownOf, setShownOf] = useState<Partial<Record<Severity, number>>>({});
  return (
    <>
      {ORDER.map((severity) => {
        const listed = issues.filter((i) => i.severity === severity);
        // Identical issues that differ only by row are one item listing the rows (issue 20).
        const group = groupIssues(listed);
        const total = Math.max(counts?.[severity] ?? 0, listed.length);
        if (total === 0) return null;
        const shown = group.slice(0, shownOf[severity] ?? FIRST_SHOWN);
        const notListed = total - listed.length;
        return (
          <section key={severity} className={styles.group} aria-label={`${SEVERITY_LABEL[severity]} ${total} 条`}>
            <Text className={`${styles.heading} ${styles[severity]}`}>
              {SEVERITY_LABEL[severity]}（{total}）
            </Text>
            <ul className={styles.list}>
              {shown.map(({ issue, rows }, i) => (
                <li key={`${issue.code}-${issue.sheet ?? ''}-${issue.row ?? ''}-${i}`} className={styles.item}>
                  {onSelect && issue.sheet !== undefined ? (
                    <Link as="button" onClick={() => onSelect(issue)} title="在工作簿中选中该单元格">
                      {issuePlace(issue, rows)}
                    </Link>
                  ) : (
                    <Caption1>{issuePlace(issue, rows)}</Caption1>
                  )}
                  <Text size={200}>{issue.message}</Text>
                  {showFix && <Caption1 className={styles.fix}>处理：{issueFix(issue.code)}</Caption1>}
                </li>
              ))}
            </ul>
            {group.length > shown.length && (
              <Button
                size="small"
                appearance="subtle"
                onClick={() => startTransition(() => setShownOf({ ...shownOf, [severity]: shown.length + MORE_SHOWN }))}
              >
                再显示 {Math.min(MORE_SHOWN, group.length - shown.length)} 条（共 {total} 条）
              </Button>
            )}
            {group.length === shown.length && notListed > 0 && (
              <Caption1 className={styles.fix}>
                另有 {notListed} 条未在此列出{elsewhere ? `，${elsewhere}` : ''}。
              </Caption1>
            )}
          </section>
        );
      })}
    </>
  );
}
