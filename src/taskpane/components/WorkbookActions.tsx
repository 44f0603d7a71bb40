/** 插入标准模板 / 插入示例数据: two buttons and what happened. */
import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar.js';
import type { WorkbookActions as ActionsState } from './useWorkbookActions.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function WorkbookActions({ state, hint }: { state: ActionsState; hint: string }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="工作簿工具">
      <Caption1 className={styles.hint}>{hint}</Caption1>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => void state.insert('template')} disabled={state.busy !== null}>
          插入标准模板
        </Button>
        <Button size="small" onClick={() => void state.insert('sample')} disabled={state.busy !== null}>
          插入示例数据
        </Button>
      </div>
      {state.message && (
        <MessageBar intent="success">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={state.error} />
    </section>
  );
}
