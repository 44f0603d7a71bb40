/**
 * Chart text: titles as rich text (CT_Title → CT_Tx → CT_TextBody) and default text properties
 * (CT_TextBody in `c:txPr`), ECMA-376 Part 1 §21.2.2.210 (title) and §21.1.2 (DrawingML text).
 *
 * Every run names a Latin and an East Asian typeface, so Chinese titles do not fall back to a
 * Latin font that lacks the glyphs (Excel picks `a:ea` for CJK characters).
 */
import { escapeXml } from '../package/xmlText.js';

/** Widely installed on the schools' Windows PCs; Excel/LibreOffice substitute a CJK font elsewhere. */
export const CHART_FONT = 'Microsoft YaHei';

export interface TextStyle {
  /** Size in hundredths of a point (1400 = 14 pt), as DrawingML stores it. */
  size: number;
  bold: boolean;
  /** Rotate 90° counter-clockwise, for the title of a vertical axis. */
  vertical?: boolean;
}

function runProperties(tag: 'a:rPr' | 'a:defRPr', style: TextStyle, lang: boolean): string {
  const langAttrs = lang ? ' lang="zh-CN" altLang="en-US"' : '';
  // CT_TextCharacterProperties: fill … latin, ea, cs (order matters to Excel).
  return (
    `<${tag}${langAttrs} sz="${style.size}" b="${style.bold ? 1 : 0}">` +
    `<a:latin typeface="${CHART_FONT}"/><a:ea typeface="${CHART_FONT}"/>` +
    `</${tag}>`
  );
}

function bodyProperties(style: TextStyle): string {
  return style.vertical ? '<a:bodyPr rot="-5400000" vert="horz"/>' : '<a:bodyPr/>';
}

/**
 * A `<c:title>` holding literal rich text; `overlay=0` keeps it outside the plot area.
 * @example titleXml('各组等级分布', { size: 1400, bold: true })
 */
export function titleXml(text: string, style: TextStyle): string {
  return (
    '<c:title><c:tx><c:rich>' +
    bodyProperties(style) +
    '<a:lstStyle/><a:p><a:pPr>' +
    runProperties('a:defRPr', style, false) +
    '</a:pPr><a:r>' +
    runProperties('a:rPr', style, true) +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    '<c:overlay val="0"/></c:title>'
  );
}

/**
 * A `<c:txPr>`: default text properties for whatever contains it (chart space, axis, labels).
 * @example textPropertiesXml({ size: 900, bold: false })
 */
export function textPropertiesXml(style: TextStyle): string {
  return (
    '<c:txPr>' +
    bodyProperties(style) +
    '<a:lstStyle/><a:p><a:pPr>' +
    runProperties('a:defRPr', style, false) +
    '</a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>'
  );
}
