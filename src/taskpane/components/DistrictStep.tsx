/**
 * 合并学校工作簿 (issue 13): pick the schools' workbooks (several files, or a folder on the page), see
 * the progress per school, then what was consolidated and which files were not.
 */
import { useRef } from 'react';
import {
  Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { ErrorBar } from './ErrorBar.js';
import type { DistrictState } from './useDistrict.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface DistrictStepProps {
  state: DistrictState;
  /** Where the district sheets go, in words. */
  writesTo: string;
  /** The page can read a whole folder; Excel's pane picks files. */
  folder?: boolean;
  /** Shown after a consolidation (the page's download button). */
  after?: React.ReactNode;
}

/**
 * The banner's line: green only when every file counted and the district raised no warning (a
 * same-工号 pair, an older version, a file not scored) — never “全部文件均已计入” over warnings.
 * @example districtSummary(0, 124) // '全部文件均已计入，但有 124 条全区警告（见“数据问题”）。'
 */
export function districtSummary(notCounted: number, districtWarnings: number): string {
  const warnings = districtWarnings > 0 ? `有 ${districtWarnings} 条全区警告（见“数据问题”）` : '';
  if (notCounted > 0) return `未计入 ${notCounted} 个文件（见“学校汇总”）${warnings ? `；${warnings}` : ''}。`;
  return warnings ? `全部文件均已计入，但${warnings}。` : '全部文件均已计入，没有全区警告。';
}

export function DistrictStep({ state, writesTo, folder = false, after }: DistrictStepProps) {
  const styles = useStyles();
  const files = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pick = (input: HTMLInputElement | null): void => {
    const picked = input?.files ? Array.from(input.files) : [];
    if (input) input.value = '';
    if (picked.length > 0) void state.start(picked);
  };
  const { report, progress } = state;
  const notCounted = report?.view.schools.filter((s) => s.outcome !== 'scored') ?? [];
  const teachers = report?.teachers ?? 0;

  return (
    <section className={styles.root} aria-label="合并学校工作簿">
      <Subtitle2 as="h2">合并学校工作簿</Subtitle2>
      <Text>区县汇总：选择各校发来的工作簿，每校按自己的考核规则计算，结果写入{writesTo}。</Text>
      <div className={styles.buttons}>
        <Button onClick={() => files.current?.click()} disabled={state.busy}>
          选择学校工作簿…
        </Button>
        {folder && (
          <Button onClick={() => folderInput.current?.click()} disabled={state.busy}>
            选择文件夹…
          </Button>
        )}
        {state.busy && <Button onClick={state.cancel}>取消</Button>}
        <input ref={files} className={styles.hidden} type="file" multiple accept=".xlsx,.xlsm" aria-label="选择学校工作簿" onChange={(e) => pick(e.currentTarget)} />
        {folder && (
          <input
            ref={folderInput}
            className={styles.hidden}
            type="file"
            aria-label="选择学校文件夹"
            // Chromium, Firefox and Safari all read a folder through this non-standard attribute.
            {...{ webkitdirectory: '', directory: '' }}
            onChange={(e) => pick(e.currentTarget)}
          />
        )}
      </div>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.fraction} />
        </Field>
      )}
      <ErrorBar error={state.error} />
      {report && report.scored === 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>没有一所学校可以计算</MessageBarTitle>
            未生成区县汇总。各文件的原因见下。
          </MessageBarBody>
        </MessageBar>
      )}
      {report && report.scored > 0 && (
        <MessageBar intent={notCounted.length > 0 || report.districtWarnings > 0 ? 'warning' : 'success'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>已汇总 {report.scored} 所学校，{teachers} 位教师</MessageBarTitle>
            {districtSummary(notCounted.length, report.districtWarnings)}
          </MessageBarBody>
        </MessageBar>
      )}
      {notCounted.length > 0 && (
        <ul className={styles.list} aria-label="未计入的文件">
          {notCounted.map((s) => (
            <li key={s.file}>
              <Text>
                {s.file}：{s.outcome === 'duplicate' ? `与 ${s.duplicateOf ?? ''} 相同，只计一次` : s.outcome === 'superseded' ? `旧版本，已采用 ${s.supersededBy ?? ''}` : s.error}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {report && report.scored > 0 && after}
    </section>
  );
}
