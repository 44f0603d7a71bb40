/**
 * Standalone mode (no Office: WPS, a browser): says so, opens an .xlsx from disk, runs the same
 * steps on it in the page, and downloads the scored copy. The file is never uploaded.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Host } from '../../app/host.js';
import type { StandaloneMode, UseCases } from '../services.js';
import { ErrorBar } from './ErrorBar.js';
import { Steps } from './Steps.js';
import { WorkbookActions } from './WorkbookActions.js';
import { type InsertKind, useWorkbookActions } from './useWorkbookActions.js';
import { useStandaloneFile } from './useStandaloneFile.js';
import { DistrictStep } from './DistrictStep.js';
import { useDistrict } from './useDistrict.js';
import type { FileHost } from '../services.js';

/** The district workbook's download name. */
export const DISTRICT_FILE_NAME = '区县汇总.xlsx';
const NO_CONSOLIDATE: NonNullable<UseCases['consolidate']> = () => Promise.reject(new Error('consolidate is not available'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  file: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
});

const NEW_NAMES: Record<InsertKind, string> = { template: '研修考核模板.xlsx', sample: '研修考核示例.xlsx' };

export function StandalonePane({ mode, useCases }: { mode: StandaloneMode; useCases: UseCases }) {
  const styles = useStyles();
  const file = useStandaloneFile(mode);
  const input = useRef<HTMLInputElement>(null);
  // A new file restarts the steps; insertions into the open file re-check it.
  const [generation, setGeneration] = useState(0);
  const [recheck, setRecheck] = useState(0);
  const [scored, setScored] = useState(false);

  const onPick = async (files: FileList | null): Promise<void> => {
    const picked = files?.[0];
    if (!picked) return;
    if (await file.open(picked)) {
      setGeneration((n) => n + 1);
      setScored(false);
    }
    if (input.current) input.current.value = '';
  };

  const { ensure } = file;
  const getHost = useCallback(async (): Promise<Host> => ensure(NEW_NAMES.template), [ensure]);
  const after = useCallback(async () => setRecheck((n) => n + 1), []);
  const actions = useWorkbookActions(getHost, useCases.insertTemplate, useCases.insertSample, after);
  // 合并学校工作簿: a new workbook for the district sheets, downloaded when done.
  const districtHost = useRef<FileHost | null>(null);
  const districtOutput = useCallback(async (): Promise<Host> => {
    districtHost.current?.close?.(); // the previous district workbook (already downloaded)
    districtHost.current = await mode.createBlank();
    return districtHost.current;
  }, [mode]);
  const downloadDistrict = useCallback(async () => {
    if (districtHost.current) mode.download(await districtHost.current.save(), DISTRICT_FILE_NAME);
  }, [mode]);
  const district = useDistrict(useCases.consolidate ?? NO_CONSOLIDATE, districtOutput, downloadDistrict);
  // The same object from render to render: 检查数据 re-checks when its use cases change (Steps.tsx), and
  // a new one after each run had it read and check every input sheet again, seconds at 20,000 teachers
  // that 下载 then waited behind in the file worker (issue 23).
  const scoredUseCases = useMemo<UseCases>(
    () => ({
      ...useCases,
      run: async (host, options) => {
        const report = await useCases.run(host, options);
        if (report.score) setScored(true);
        return report;
      },
    }),
    [useCases],
  );

  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{mode.reason === 'no-office' ? '独立网页版（未连接 Excel）' : '当前不是 Excel'}</MessageBarTitle>
          打开 .xlsx 文件即可在本机浏览器中计算，文件不会上传；算完后下载带结果的副本。WPS 用户请用此方式。
        </MessageBarBody>
      </MessageBar>
      <div className={styles.file}>
        <Button appearance={file.host ? 'secondary' : 'primary'} onClick={() => input.current?.click()} disabled={file.busy}>
          打开 .xlsx 文件
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="选择 .xlsx 文件"
          onChange={(e) => void onPick(e.currentTarget.files)}
        />
        {file.fileName && <Text className={styles.name}>{file.fileName}</Text>}
        {file.host && (
          // Before 计算 this hands back the workbook as it is (with any sheets inserted here): say so,
          // so nobody posts an unscored copy thinking it holds the results (issue 22).
          <Button
            size="small"
            onClick={() => void file.download(scored)}
            title={scored ? '下载带“考核结果”等工作表的副本' : '下载当前的工作簿（含在此插入的模板或示例），其中还没有考核结果'}
          >
            {scored ? '下载计算结果' : '下载此工作簿（未含计算结果）'}
          </Button>
        )}
      </div>
      <ErrorBar error={file.error} />
      {file.host && (
        <Steps
          key={generation}
          host={file.host}
          useCases={scoredUseCases}
          writesTo="副本的“考核结果”“评分明细”等工作表"
          recheck={recheck}
          onDownload={() => void file.download(true)}
        />
      )}
      <WorkbookActions
        state={actions}
        hint={file.host ? '可向已打开的工作簿插入标准模板或示例数据（已有的工作表不会被覆盖）。' : '没有现成的工作簿？可新建一份标准模板，或用示例数据试一试。'}
      />
      {useCases.consolidate && (
        <DistrictStep
          state={district}
          writesTo="新的区县汇总工作簿（算完自动下载）"
          folder
          after={<Button size="small" onClick={() => void downloadDistrict()}>再次下载区县汇总</Button>}
        />
      )}
    </div>
  );
}
