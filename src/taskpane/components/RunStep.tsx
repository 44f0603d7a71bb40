/**
 * Step 2 · 计算: one primary button; while running, the stage label, a ProgressBar and 取消.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { scoredTeacherCount } from '../trimReport.js';
import { ErrorBar } from './ErrorBar.js';
import type { RunStep as RunState } from './useRunStep.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export interface RunStepProps {
  state: RunState;
  onStart: () => void;
  /** Back to 检查数据 (when data errors block the run). */
  onBack: () => void;
  /** The sheets the run writes, for the hint. */
  writesTo: string;
}

export function RunStep({ state, onStart, onBack, writesTo }: RunStepProps) {
  const styles = useStyles();
  const running = state.outcome === 'running';
  return (
    <div className={styles.root}>
      <Text className={styles.hint}>
        按考核规则为每位教师计分、组内排名并分档。结果写入{writesTo}，原有的数据表不会被修改。
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onStart} disabled={running}>
          {state.report ? '重新计算' : '开始计算'}
        </Button>
        {running && <Button onClick={state.cancel}>取消</Button>}
      </div>
      {running && (
        <Field validationMessage={state.progress?.label ?? '正在准备…'} validationState="none">
          {/* Reading has no measurable fraction yet: show a moving bar rather than an empty one. */}
          <ProgressBar {...(state.progress?.fraction ? { value: state.progress.fraction } : {})} max={1} thickness="large" aria-label="计算进度" />
        </Field>
      )}
      {state.outcome === 'cancelled' && (
        <MessageBar intent="info">
          <MessageBarBody>已取消，工作簿没有被修改。</MessageBarBody>
        </MessageBar>
      )}
      {state.outcome === 'blocked' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>数据中有错误，无法计算。请回到“检查数据”处理标为“错误”的问题。</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onBack}>
              查看问题
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.outcome === 'done' && state.report?.score && (
        <MessageBar intent="success">
          <MessageBarBody>计算完成：{scoredTeacherCount(state.report)} 位教师。</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={state.error} />
    </div>
  );
}
