/**
 * Why a file could not be opened as a workbook. The message says it in Chinese for the school
 * (with what to do) and in English for logs; `reason` is stable for callers that branch on it.
 */
export type FileErrorReason = 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'damaged' | 'too-large';

const MESSAGES: Record<FileErrorReason, string> = {
  encrypted: '文件已用密码加密，无法读取。请在 Excel 中打开，点“文件→信息→保护工作簿→用密码进行加密”清空密码并保存后再试。 (The file is password-encrypted.)',
  'legacy-xls': '这是旧版 .xls 格式的文件。请在 Excel 或 WPS 中“另存为” .xlsx 后再试。 (Legacy .xls files are not supported; save as .xlsx.)',
  'not-xlsx': '这不是 .xlsx 工作簿文件（可能是 CSV 或改了扩展名的文件）。请在 Excel 或 WPS 中另存为 .xlsx 后再试。 (Not an .xlsx workbook.)',
  damaged: '文件已损坏或过大，无法打开。请重新下载或从原处再复制一份，或在 Excel 中打开后另存为 .xlsx。 (The file is damaged or too large.)',
  // SPEC §11: the same words for a bomb as for a damaged file; the detail in [] tells them apart in logs.
  'too-large': '文件已损坏或过大，无法打开。请重新下载或从原处再复制一份，或在 Excel 中打开后另存为 .xlsx。 (The file is damaged or too large.)',
};

export class XlsxFileError extends Error {
  constructor(
    readonly reason: FileErrorReason,
    detail?: string,
  ) {
    super(MESSAGES[reason] + (detail ? ` [${detail}]` : ''));
    this.name = 'XlsxFileError';
  }
}

/** The reason bytes that are not a zip cannot be a workbook (an OLE compound file is .xls or encrypted). */
export function notZipReason(bytes: Uint8Array): FileErrorReason {
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!ole) return 'not-xlsx';
  // "EncryptedPackage" as UTF-16LE: the stream an encrypted OOXML file keeps inside the compound file.
  const marker = [...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]);
  for (let i = 0; i + marker.length <= bytes.length; i++) {
    let k = 0;
    while (k < marker.length && bytes[i + k] === marker[k]) k++;
    if (k === marker.length) return 'encrypted';
  }
  return 'legacy-xls';
}
