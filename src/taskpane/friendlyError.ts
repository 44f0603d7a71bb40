/**
 * Any thrown error → two lines of plain Chinese: what happened and what to do. Never a stack:
 * the people who use this are a school's 教科室, not programmers. Office.js errors carry a `code`
 * (Excel.ErrorCodes); everything else is described by what the user was doing.
 */

export type PaneAction = 'open' | 'inspect' | 'run' | 'insert' | 'download' | 'select' | 'credits';

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
  // The Office.js host's own codes (src/hosts/excel/writeError.ts); {sheets} names the sheets concerned.
  WorkbookStructureProtected: {
    title: '工作簿结构受保护，无法添加结果工作表。工作簿未被改动。',
    advice: '请在“审阅 → 保护工作簿”中取消保护（可能需要密码），计算完成后可再次保护。',
  },
  OutputSheetProtected: {
    title: '结果工作表“{sheets}”受保护，无法写入。工作簿未被改动。',
    advice: '请在该工作表上“审阅 → 撤销工作表保护”，然后再点一次计算。',
  },
  SheetHidden: {
    title: '工作表“{sheets}”是隐藏的，无法跳转过去。',
    advice: '请右键任一工作表标签 → “取消隐藏”，选中该表后再点这条问题。',
  },
  OutputsNotWritten: {
    title: '结果没有写入。可能已新建空的结果工作表：{sheets}。输入的表格未被改动。',
    advice: '这些空表已记为本工具的结果表，请再点一次计算，它们会被写满；不需要手动删除。',
  },
  OutputsPartlyWritten: {
    title: '结果没有全部更新：{sheets} 中，A1 单元格写着“本表未更新完成”的表内容不完整，请勿使用；其余仍是上次或本次的完整结果。输入的表格未被改动。',
    advice: '请再点一次计算，这些结果表会被完整重写，提示随之消失；引用它们的公式不受影响。',
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
  credits: { title: '登记本学期学分时出错，学分登记可能未写入。', advice: '请确认“学分登记”表没有受保护，保存工作簿后再点“登记本学期学分”（重复登记只会替换本学期的行）。' },
};

const MEMORY: Omit<FriendlyError, 'code'> = {
  title: '电脑内存不足，这个文件没能处理完。',
  advice: '请关闭其他网页和程序后再试；文件很大时，可用命令行工具计算：npm run cli -- score 工作簿.xlsx。',
};

/**
 * Causes the browser or our own workers name (Error / DOMException `name`), whatever the user was
 * doing: the page says the real cause instead of blaming the file (issue 22: a worker refused on
 * `file://` used to read "请确认它是 .xlsx 格式").
 */
const BY_NAME: Record<string, Omit<FriendlyError, 'code'>> = {
  SecurityError: {
    title: '浏览器的安全设置拒绝了这一步。',
    advice: '从文件夹或邮件附件直接打开本网页时，有的浏览器会限制网页的功能。请换用最新版 Edge 或 Chrome 打开，或把网页放到学校的网站上用网址打开。',
  },
  NotReadableError: {
    title: '无法读取所选的文件。',
    advice: '文件可能已被移动、删除，或正被其他程序占用。请关闭打开它的程序，再重新选择文件。',
  },
  NotFoundError: {
    title: '无法读取所选的文件。',
    advice: '文件可能已被移动或删除。请重新选择文件。',
  },
  QuotaExceededError: MEMORY,
  // Our workers (workerFileHost.ts, workerCompute.ts): the script did not load, or it stopped.
  WorkerFailed: {
    title: '后台计算没有启动或意外停止了，文件未被改动。',
    advice: '请刷新网页后重试；如反复出现，请换用最新版 Edge 或 Chrome，或关闭其他网页释放内存。',
  },
};

/** The file reader's own verdict (hosts/xlsx/package/fileError.ts): its Chinese sentence says what and what to do. */
function fileErrorOf(error: unknown): Omit<FriendlyError, 'code'> | undefined {
  if (!(error instanceof Error) || error.name !== 'XlsxFileError') return undefined;
  // "中文说明。 (English.) [detail]": the Chinese part is for the school.
  const chinese = error.message.split(' (')[0]?.trim() ?? '';
  return chinese === '' ? undefined : { title: '无法打开这个文件。', advice: chinese };
}

function nameOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('name' in error)) return undefined;
  const name = (error as { name: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}

/** A browser that ran out of memory says so in a RangeError (V8: "Array buffer allocation failed"). */
function outOfMemory(error: unknown): boolean {
  return error instanceof RangeError && /allocation failed|out of memory|Invalid (typed )?array length/i.test(error.message);
}

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
  const sheets = sheetsOf(error).join('、');
  const fill = (text: string): string => text.replace('{sheets}', sheets || '结果表');
  const cause = fileErrorOf(error) ?? BY_NAME[nameOf(error) ?? ''] ?? (outOfMemory(error) ? MEMORY : undefined);
  const base = known ? { title: fill(known.title), advice: fill(known.advice) } : (cause ?? BY_ACTION[action]);
  return code !== undefined ? { ...base, code } : { ...base };
}

/** The sheet names an error of the Excel host carries (`sheets: string[]`), if any. */
function sheetsOf(error: unknown): string[] {
  if (typeof error !== 'object' || error === null || !('sheets' in error)) return [];
  const sheets = (error as { sheets: unknown }).sheets;
  return Array.isArray(sheets) ? sheets.filter((s): s is string => typeof s === 'string') : [];
}
