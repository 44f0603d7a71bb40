/** 登记本学期学分: the button, the confirmation naming the rows it adds or replaces, and the outcome. */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar.js';
import type { CreditRecord as CreditRecordState } from './useCreditRecord.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** @param saveHint standalone: how to keep the ledger (download), shown after recording. */
export function CreditRecord({ state, saveHint }: { state: CreditRecordState; saveHint?: string | undefined }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="登记本学期学分">
      <Caption1 className={styles.hint}>
        把本学期各教师的学分（校本、其他）写入“学分登记”，供五年学分台账累计；只在点击确认后写入，重复登记只替换本学期的行。
      </Caption1>
      <div>
        <Button size="small" onClick={() => void state.plan()} disabled={state.busy || state.pending !== null}>
          登记本学期学分
        </Button>
      </div>
      {state.pending && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.pending.text}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void state.confirm()} disabled={state.busy}>
              确认登记
            </Button>
            <Button size="small" onClick={state.cancel} disabled={state.busy}>
              取消
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.refused && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.refused}</MessageBarBody>
        </MessageBar>
      )}
      {state.done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{saveHint ? `${state.done}${saveHint}` : state.done}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={state.error} />
    </section>
  );
}
