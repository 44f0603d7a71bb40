/** Inside Excel: the steps over the open workbook, plus template and sample insertion. */
import { useCallback, useState } from 'react';
import type { Host } from '../../app/host.js';
import type { UseCases } from '../services.js';
import { Steps } from './Steps.js';
import { WorkbookActions } from './WorkbookActions.js';
import { useWorkbookActions } from './useWorkbookActions.js';
import { DistrictStep } from './DistrictStep.js';
import { useDistrict } from './useDistrict.js';

/** No consolidate use case given (tests): the district step is not shown. */
const NO_CONSOLIDATE: NonNullable<UseCases['consolidate']> = () => Promise.reject(new Error('consolidate is not available'));

export function ExcelPane({ host, useCases }: { host: Host; useCases: UseCases }) {
  const [recheck, setRecheck] = useState(0);
  const getHost = useCallback(async () => host, [host]);
  const after = useCallback(async () => setRecheck((n) => n + 1), []);
  const actions = useWorkbookActions(getHost, useCases.insertTemplate, useCases.insertSample, after);
  const district = useDistrict(useCases.consolidate ?? NO_CONSOLIDATE, getHost, after);
  return (
    <>
    <Steps
      host={host}
      useCases={useCases}
      writesTo="本工作簿的“考核结果”“评分明细”等工作表"
      recheck={recheck}
      footer={<WorkbookActions state={actions} hint="新建工作簿时，可插入标准模板填写数据；想先试用，可插入示例数据。已有的工作表不会被覆盖。" />}
    />
    {useCases.consolidate && <DistrictStep state={district} writesTo="本工作簿的“学校汇总”“全区教师”等工作表" />}
    </>
  );
}
