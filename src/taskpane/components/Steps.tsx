/**
 * The three steps a user follows — 检查数据 → 计算 → 结果 — as tabs (arrow keys move between
 * them). Used by both modes; the host decides where the workbook lives.
 */
import { type ReactNode, startTransition, useCallback, useEffect, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { Host } from '../../app/host.js';
import type { UseCases } from '../services.js';
import { InspectStep } from './InspectStep.js';
import { ResultStep } from './ResultStep.js';
import { RunStep } from './RunStep.js';
import { useInspectStep } from './useInspectStep.js';
import { useResultStep } from './useResultStep.js';
import { useRunStep } from './useRunStep.js';
import { CreditRecord } from './CreditRecord.js';
import { useCreditRecord } from './useCreditRecord.js';

export type StepId = 'inspect' | 'run' | 'result';

const useStyles = makeStyles({
  tabs: { marginBottom: tokens.spacingVerticalM, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { minHeight: '120px' },
});

export interface StepsProps {
  host: Host;
  useCases: UseCases;
  /** Where results go, for the 计算 hint (“工作簿中的“考核结果”等工作表”). */
  writesTo: string;
  /** Standalone: download the scored copy. */
  onDownload?: (() => void) | undefined;
  /** Rendered under the steps (插入标准模板 / 插入示例数据). */
  footer?: ReactNode;
  /** Bumped by the parent after sheets were inserted: check the data again. */
  recheck?: number;
}

export function Steps({ host, useCases, writesTo, onDownload, footer, recheck = 0 }: StepsProps) {
  const styles = useStyles();
  const [step, setStepNow] = useState<StepId>('inspect');
  // A step change redraws the panel (the result step is a Fluent table; the tab indicator measures the
  // tabs while rendering): as a transition React renders it in slices of a few ms, so the page's UI
  // thread is never held for long (issue 15 item 8, measured in test/e2e/scoringWorker.test.ts).
  const setStep = useCallback((next: StepId) => startTransition(() => setStepNow(next)), []);
  const inspect = useInspectStep(host, useCases);
  const runner = useRunStep(host, useCases);
  const result = useResultStep(host, runner.outcome === 'done' ? runner.report : null);
  // 登记本学期学分 writes an input sheet: 检查数据 is checked again when the user goes back to it (not
  // at once — 下载 would wait behind a full re-read in the page's file worker).
  const [stale, setStale] = useState(false);
  const markStale = useCallback(() => setStale(true), []);
  const credits = useCreditRecord(host, useCases, markStale);
  const { check } = inspect;

  // A user opening the pane wants to know at once whether the workbook is ready.
  useEffect(() => {
    void check();
  }, [check, recheck]);
  useEffect(() => {
    if (step !== 'inspect' || !stale) return;
    setStale(false);
    void check();
  }, [step, stale, check]);

  const start = useCallback(async () => {
    const report = await runner.start();
    if (report?.score) setStep('result');
    // Blocked by data errors: refresh 检查数据 so the errors are there when the user goes back.
    else if (report) void check();
  }, [runner, check, setStep]);

  return (
    <div>
      <TabList className={styles.tabs} selectedValue={step} onTabSelect={(_, data) => setStep(data.value as StepId)} size="small">
        <Tab value="inspect">1 检查数据</Tab>
        <Tab value="run">2 计算</Tab>
        <Tab value="result" disabled={runner.outcome !== 'done'}>
          3 结果
        </Tab>
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-label={step}>
        {step === 'inspect' && <InspectStep state={inspect} onNext={() => setStep('run')} />}
        {step === 'run' && <RunStep state={runner} onStart={() => void start()} onBack={() => setStep('inspect')} writesTo={writesTo} />}
        {step === 'result' && <ResultStep state={result} onDownload={onDownload} />}
        {/* SPEC §7: recording is its own action, offered once the term is scored, never part of 开始计算. */}
        {step === 'result' && useCases.planCredits && (
          <CreditRecord state={credits} saveHint={onDownload ? '请点“下载计算结果”保存含学分登记的工作簿。' : undefined} />
        )}
      </div>
      {/* Template and sample belong with checking the data, not with the results. */}
      {step === 'inspect' && footer}
    </div>
  );
}
