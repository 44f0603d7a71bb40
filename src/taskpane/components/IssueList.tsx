/**
 * Issues grouped by severity (错误 / 警告 / 提示). Each names its place; when the host can select
 * cells, the place is a link that jumps there. Long lists show the first 20 of each group.
 */
import { useState } from 'react';
import { Button, Caption1, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type Issue, type Severity, SEVERITY_LABEL, issueFix } from '../../engine/issues.js';

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
const PAGE = 20;

/** “签到表 第 12 行 · 姓名” */
export function issuePlace(issue: Issue): string {
  const parts = [issue.sheet ?? '工作簿'];
  if (issue.row !== undefined) parts.push(`第 ${issue.row} 行`);
  const place = parts.join(' ');
  return issue.column ? `${place} · ${issue.column}` : place;
}

export interface IssueListProps {
  issues: Issue[];
  onSelect?: ((issue: Issue) => void) | undefined;
  /** Show the advice line under each message. @default true */
  showFix?: boolean;
}

export function IssueList({ issues, onSelect, showFix = true }: IssueListProps) {
  const styles = useStyles();
  const [expanded, setExpanded] = useState<Partial<Record<Severity, boolean>>>({});
  return (
    <>
      {ORDER.map((severity) => {
        const group = issues.filter((i) => i.severity === severity);
        if (group.length === 0) return null;
        const shown = expanded[severity] ? group : group.slice(0, PAGE);
        return (
          <section key={severity} className={styles.group} aria-label={`${SEVERITY_LABEL[severity]} ${group.length} 条`}>
            <Text className={`${styles.heading} ${styles[severity]}`}>
              {SEVERITY_LABEL[severity]}（{group.length}）
            </Text>
            <ul className={styles.list}>
              {shown.map((issue, i) => (
                <li key={`${issue.code}-${issue.sheet ?? ''}-${issue.row ?? ''}-${i}`} className={styles.item}>
                  {onSelect && issue.sheet !== undefined ? (
                    <Link as="button" onClick={() => onSelect(issue)} title="在工作簿中选中该单元格">
                      {issuePlace(issue)}
                    </Link>
                  ) : (
                    <Caption1>{issuePlace(issue)}</Caption1>
                  )}
                  <Text size={200}>{issue.message}</Text>
                  {showFix && <Caption1 className={styles.fix}>处理：{issueFix(issue.code)}</Caption1>}
                </li>
              ))}
            </ul>
            {group.length > shown.length && (
              <Button size="small" appearance="subtle" onClick={() => setExpanded({ ...expanded, [severity]: true })}>
                显示全部 {group.length} 条
              </Button>
            )}
          </section>
        );
      })}
    </>
  );
}
