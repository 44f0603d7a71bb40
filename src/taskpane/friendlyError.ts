/**
 * Any thrown error → two lines of plain Chinese: what happened and what to do. Never a stack:
 * the people who use this are a school's 教科室, not programmers. Office.js errors carry a `code`
 * (Excel.ErrorCodes); everything else is described by what the user was doing.
 */

export type PaneAction = 'open' | 'inspect' | 'run' | 'insert' | 'download' | 'select';

export interface FriendlyError {
  title: string;
  advice: string;
  /** Office error code, shown small so support can tell cases apart. */
  code?: string;
}

const BY_CODE: Record<string, Omit<FriendlyError, 'code'>> = {
  InvalidOperationInCellEditMode: {
    title: 'Excel 正在编辑单元格，暂时不能操作。',
    advice: '请先按 Enter 或 Esc 结束单元格编辑，再点一次。',
  },
  AccessDenied: {
    title: '工作簿受保护或为只读，无法写入结果。',
    advice: '请在“审阅”选项卡中撤销工作簿保护，或另存一份可编辑的副本后再试。',
  },
  RequestPayloadSizeLimitExceeded: {
    title: '数据量太大，Excel 一次处理不完。',
    advice: '请关闭其他工作簿后重试；仍不行时，可用“独立网页版”或命令行工具计算。',
  },
  ResponsePayloadSizeLimitExceeded: {
    title: '数据量太大，Excel 一次处理不完。',
    advice: '请关闭其他工作簿后重试；仍不行时，可用“独立网页版”或命令行工具计算。',
  },
  ItemAlreadyExists: {
    title: '工作簿里已有同名的工作表或表格。',
    advice: '请把与“考核结果”等同名的工作表或表格改名后再试。',
  },
  ItemNotFound: {
    title: '找不到要使用的工作表。',
    advice: '工作表可能刚被改名或删除，请点“检查数据”重新读取。',
  },
  RequestAborted: {
    title: 'Excel 中断了这次操作。',
    advice: '请稍等片刻再试一次。',
  },
};

const BY_ACTION: Record<PaneAction, Omit<FriendlyError, 'code'>> = {
  open: {
    title: '无法打开这个文件。',
    advice: '请确认它是 .xlsx 格式（Excel 2007 及以后）。.xls 或 .et 文件请先在 Excel/WPS 中“另存为” .xlsx。',
  },
  inspect: { title: '读取工作簿时出错。', advice: '请保存工作簿后再点“检查数据”；如反复出现，请重新打开工作簿。' },
  run: { title: '计算没有完成，工作簿未被改动。', advice: '请保存工作簿后重试；如反复出现，请把工作簿发给技术支持。' },
  insert: { title: '插入工作表时出错。', advice: '请确认工作簿没有受保护，然后再试一次。' },
  download: { title: '生成下载文件时出错。', advice: '请再点一次下载；如仍失败，请换用最新版的 Edge、Chrome 或 WPS 浏览器。' },
  select: { title: '无法跳转到该单元格。', advice: '工作表可能已改名或删除，请点“检查数据”重新读取。' },
};

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code !== '' ? code : undefined;
}

/**
 * @example friendlyError({ code: 'InvalidOperationInCellEditMode' }, 'run').advice // '请先按 Enter 或 Esc …'
 */
export function friendlyError(error: unknown, action: PaneAction): FriendlyError {
  const code = codeOf(error);
  const known = code !== undefined ? BY_CODE[code] : undefined;
  const base = known ?? BY_ACTION[action];
  return code !== undefined ? { ...base, code } : { ...base };
}
