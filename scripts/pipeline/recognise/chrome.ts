/**
 * Web-page chrome: portal metadata fields, page tools, wiki boxes, breadcrumbs, site footers, download lists and PDF
 * page numbers — text a page shows around a notice that is never notice text. Recognised on whole lines, and at the
 * start or end of a line that lost its line breaks. Works on Simplified and Traditional, full- and half-width alike.
 */
import type { NoiseKind } from '../../../src/model/notice.ts';
import { isPageNumberLine } from '../../../src/model/page-number.ts';
import { toSimplified } from '../../../src/model/script.ts';
import { foldWidth } from '../../../src/model/width.ts';
import { matchMarker } from './markers.ts';
import { blankJammer, dropResidue } from './residue.ts';

// Chrome is a short label-like line; anything longer, or holding a full stop, is prose and never chrome.
const MAX_CHROME_LENGTH = 100;

const COLON = '\\s*[:：]';
const DATE = '\\d{4}\\s*[-/.－／．年]\\s*\\d{1,2}\\s*[-/.－／．月]\\s*\\d{1,2}\\s*日?';
const TIME = '\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?';
// Metadata labels of portal article pages and of gov.cn-style 政策文件 tables.
// Crawler archives add their own (栏目, 原文链接, 本地目录). 主题词 is the 版记 of an old notice, never chrome.
const PORTAL_LABEL =
  '(?:来源|信息来源|文章来源|稿件来源|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击率|访问量|访问次数|字号|字体' +
  '|分享到|索引号|主题分类|信息分类|体裁分类|发文机关|发布机构|发布机关|发文字号|标题|作者|编辑|责任编辑|上一篇|下一篇' +
  '|资料来源|转录|转载|文号|有效性|时效性|栏目|原文链接|本地目录|名称|信息名称|公开日期|公开方式|内容概述|关键词|公文种类' +
  '|发文日期|发文机构|成文日期|组配分类|统一编号|生效时间|废止时间|服务对象分类|生命周期分类|信息格式|语种|发布单位' +
  '|公开形式|公开范围|公开目录|公文生成日期|生成日期|文件编号)';
/** A label whose characters a table spaced out to line up (索 引 号, 发 布 日 期). */
const SPACED = (labels: string) => labels.replace(/\p{Script=Han}(?=\p{Script=Han})/gu, '$&[ \\u3000]*');
/**
 * A field's label where its value follows (a colon, a table's bar): spaced out or not (有 效 性：), maybe after another
 * label it shares a cell with (备注/文号：).
 */
const FIELD_LABEL = `(?:备注\\s*/\\s*)?${SPACED(PORTAL_LABEL)}`;
// A date label must carry a date and nothing but more chrome, so a title glued to it (lost line break) stays text.
const DATE_LABEL = '(?:发布|发表|更新|成文)(?:日期|时间)';
// Page tools, usually bracketed: 【打印本页】【关闭窗口】, [字号：大 中 小]; 列印/视窗 are the Taiwan words.
// Share bars list their targets (微信 微博 QQ空间), and an HTML comment's end (-->) leaks into some scraped text.
const PAGE_TOOL =
  '(?:打印本页|打印此页|打印|列印本页|列印|关闭窗口|关闭本页|关闭视窗|关闭|加入收藏|收藏本页|收藏|保存本页|返回顶部|我要纠错|纠错|分享' +
  '|政务微信|政务微博|微信|微博|QQ空间|QQ好友|朋友圈|全真版|文字版|文件下载|附件下载|相关链接[:：]?|-->)';
const PAGE_TOOLS_LINE = new RegExp(
  `^(?=.*${PAGE_TOOL})(?:[\\s【】\\[\\]［］|｜/·]|${PAGE_TOOL}|(?:字号|字体)${COLON}|[大中小]|默认)+$`,
);
const INFOBOX_LABEL =
  '(?:别名|简称|颁布时间|颁布单位|颁布机关|发布时间|发布单位|发布机关|发文单位|发文机关|发文字号|文号|实施时间|施行时间' +
  '|生效时间|失效时间|时效性|效力级别|类别|类型|性质|属性|地区)';
/** A row of a wiki infobox (颁布时间：…), also when a converter dropped its bullet. */
export const INFOBOX_ROW = new RegExp(`^\\s*${INFOBOX_LABEL}\\s*[:：]`);
/** A metadata label alone, without its value (标题 / 发文字号：): the value may stand on a line below. */
const LABEL_ONLY = new RegExp(`^(?:${PORTAL_LABEL}|${DATE_LABEL}|${INFOBOX_LABEL})$`);
/** Labels whose value is often missing, so that the next line may be the notice itself. */
const OPEN_LABEL = /(?:内容概述|主题词|关键词|分享到|上一篇|下一篇|字号|字体)$/; // page tools: their buttons are images

// The page's list of downloadable files, numbered or not (1.2015年…分解表.doc).
const DOWNLOAD = /\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)$/i;
// A repost's own note about where the text comes from (【转载】本文转录自…，以原文为准。), full stop and all.
const REPOST = /^(?:【(?:转载|转录|转自)】|本文(?:转载|转录|转自))/;

const RULES: [NoiseKind, RegExp][] = [
  // A crawler's header (标题: … 原文链接: … ==== 正文 ====).
  ['portal', /^=+\s*(?:正文|全文|内容)?\s*=+$/],
  ['portal', /^页面链接与图片详见/],
  // A metadata table row: label then value, no colon, one or two fields (索引号 003110926/… 信息分类 信息公开制度).
  ['portal', new RegExp(`^${PORTAL_LABEL}(?:\\s|$)`)],
  // A Markdown pipe row of a metadata table (文号 | 江政办〔2022〕1号 | 发文日期 | … |) and its separator row.
  ['portal', new RegExp(`^\\|?\\s*${FIELD_LABEL}\\s*[|｜]`)],
  // The header row of a list of documents above the one shown (序号 标题 发文字号 成文日期 发布日期).
  ['portal', new RegExp(`^(?:序号|${PORTAL_LABEL}|${DATE_LABEL})(?:\\s+(?:${PORTAL_LABEL}|${DATE_LABEL})){2,}$`)],
  ['portal', /^[|｜:\-\s]{3,}$/],
  // A lone cell separator of a table pasted one cell per line (任务 / | / 责任单位 / | / 时限).
  ['portal', /^[|｜]$/],
  ['breadcrumb', new RegExp(`^(?:当前位置|所在位置|您的位置|你的位置|您现在的位置|您当前的位置|你现在的位置)${COLON}`)],
  ['breadcrumb', /^(?:网站首页|首页|主页)\s*[>›»＞→/]/],
  ['wiki', /^(?:基本介绍|全文|目\s*录|相关词条|热门词条|联系我们|联络我们)$/],
  ['wiki', new RegExp(`^[•·●]?\\s*(?:中文名|外文名|英文名)称?${COLON}`)],
  ['wiki', new RegExp(`^[•·●]\\s*${INFOBOX_LABEL}${COLON}`)],
  // A bulleted portal field (  • 发文字号:), after the wiki box's bulleted rows.
  ['portal', new RegExp(`^[•·●▪■]\\s*${FIELD_LABEL}${COLON}`)],
  [
    'portal',
    new RegExp(
      `^${DATE_LABEL}(?:${COLON}|\\s)\\s*(?:${DATE}(?:\\s*${TIME})?)?\\s*(?:$|${PORTAL_LABEL}${COLON}|[【\\[])`,
    ),
  ],
  ['portal', new RegExp(`^${FIELD_LABEL}${COLON}`)],
  ['portal', PAGE_TOOLS_LINE],
  ['portal', new RegExp(`^[【\\[]\\s*(?:${PAGE_TOOL}\\s*[】\\]]|${PORTAL_LABEL}${COLON})`)],
  ['portal', /^(?:相关稿件|相关文章|相关链接|相关新闻|相关阅读|相关附件|附件下载)\s*[:：]?$/],
  ['portal', /^(?:相关解读|相关链接|相关文章|相关新闻|政策解读)\s*[:：]\s*《/],
  // Two portal fields on one line, whatever comes first (江门市人民政府门户网站　　发布日期：…　　来源：…).
  ['portal', new RegExp(`(?:${PORTAL_LABEL}|${DATE_LABEL})${COLON}.*(?:${PORTAL_LABEL}|${DATE_LABEL})${COLON}`)],
  // A document-sharing site's card over a preview (约 11页 / 2026-02-13 发布于四川 / 举报 / 上传人：… 文档编号：…).
  [
    'portal',
    /^(?:[-•·]\s*)?(?:约\s*[\d.]+\s*[千万]?[字页]|\d{4}-\d{1,2}-\d{1,2}\s*发布于\p{Script=Han}{2,8}|举报|(?:上传人|文档编号)[:：].*|上传时间[:：]\s*[\d-]+|格式[:：]\s*[A-Za-z]{2,5}|页数[:：]\s*\d+|大小[:：]\s*[\d.]+\s*[KMG]?B)$/u,
  ],
  // A screen-reader hint over the text (正文内容区域请使用tab按钮切换浏览).
  ['portal', /请使用\s*tab\s*[键鍵按钮鈕]*切换浏览|請使用\s*tab\s*[键鍵按钮鈕]*切換瀏覽/i],
  // A page's section tab over the text (政策全文, 文章正文); 全文 alone heads a wiki's copy of the text.
  ['portal', /^(?:政策全文|文件全文|全文|正文|文章正文|原文|政策原文|详细内容)$/],
  // A site's byline: 时间 with a date and time, then another field (…门户网站 时间：2017-09-21 11:54 来源：省政府办公厅).
  ['portal', new RegExp(`(?:^|\\s)(?:日期|时间)${COLON}\\s*${DATE}(?:\\s*${TIME})?\\s+${PORTAL_LABEL}${COLON}`)],
  ['breadcrumb', /^[^>›»＞。]{1,20}(?:\s*[>›»＞]\s*[^>›»＞。]{1,20}){2,}$/],
  // A row of site links: 中国政府网 | 省人民政府 | 市人民政府
  ['portal', /^[^|｜。]{1,20}(?:\s*[|｜]\s*[^|｜。]{1,20}){2,}$/],
  // The site's footer.
  ['portal', new RegExp(`^(?:主办|承办|主办单位|承办单位|网站标识码|版权所有)${COLON}`)],
  ['portal', /^(?:微信)?扫(?:一扫|码).{0,12}(?:手机|当前页|本页|分享)/],
];

// Chrome glued to the notice when a page lost its line breaks: fields (发布时间：2018-05-20 来源：市政府办公室 浏览次数：123
// 字号：大 中 小) and page tools, separated by spaces; a breadcrumb (首页 > 政务公开 > 通知公告) ending at a space.
const CHROME_FIELD =
  `时间${COLON}\\s*${DATE}\\s*${TIME}` +
  `|(?:${SPACED(DATE_LABEL)}|${SPACED(PORTAL_LABEL)})${COLON}\\s*(?:${DATE}(?:\\s*${TIME})?|[大中小](?:\\s+[大中小]){0,2}|[^\\s:：。]{0,40})`;
const CHROME_TOOL = `[【\\[]?\\s*${PAGE_TOOL}\\s*[】\\]]?`;
const LEADING_CHROME = new RegExp(
  `^\\s*(?:(?:当前位置|所在位置|您的位置|你的位置|您现在的位置)${COLON}\\s*)?(?:网站首页|首页|主页)(?:\\s*[>›»＞→]\\s*[^\\s>›»＞→]{1,20})+\\s+` +
    // A breadcrumb that lost its separators (当前位置： 首页政务公开最新文件区管委会办公室文件 …).
    `|^\\s*(?:当前位置|所在位置|您的位置|你的位置|您现在的位置)${COLON}\\s*(?:网站首页|首页|主页)[^\\s。，]{0,90}\\s+` +
    `|^\\s*(?:(?:${CHROME_FIELD}|${CHROME_TOOL})(?:\\s+|$))+` +
    // A journal database's mark where an article's text starts (【正】鄂政办发[2007]114号各市…).
    `|^\\s*【正】\\s*`,
);
// Where a page's footer starts: page tools, 上一篇/下一篇, the site's 主办单位 or ICP line.
const FOOTER_START = new RegExp(
  `(?<=^|[。；;！？!?”」\\s])\\s*(?:[【\\[]\\s*${PAGE_TOOL}\\s*[】\\]]|(?:上一篇|下一篇|主办单位|承办单位|网站标识码)${COLON}` +
    `|(?:来源${COLON}\\s*\\S{1,20}\\s+)?附件下载\\s*$)`,
);

/** Chrome at the start of a line that lost its line breaks: where the notice text starts, or null. */
export function leadingChrome(text: string): number | null {
  // Chrome runs are short: fold only the start of a (possibly whole-notice) line.
  const m = LEADING_CHROME.exec(toSimplified(foldWidth(text.slice(0, 400))));
  return m && m[0].trim() ? m[0].length : null;
}

const MAY_HOLD_FOOTER = /[【[［]|[上下]一篇|主[办辦]|承[办辦]|网站标识|網站標識|附件下[载載]/;

/** A page footer after the last sentence of a line that lost its line breaks: where it starts, or null. */
export function trailingChrome(text: string): number | null {
  if (!MAY_HOLD_FOOTER.test(text)) return null; // most lines: skip the script fold
  const folded = toSimplified(foldWidth(text));
  const m = FOOTER_START.exec(folded);
  if (!m) return null;
  const start = skipBlank(folded, m.index);
  return start > 0 && !folded.slice(start).includes('。') ? start : null;
}

const skipBlank = (text: string, at: number) => at + (text.slice(at).length - text.slice(at).trimStart().length);

/**
 * Whether a whole line is web-page chrome (portal metadata, wiki boxes, breadcrumbs, page numbers) rather than
 * notice text. Works on Simplified and Traditional, full- and half-width alike; conservative by design: a sentence
 * that merely mentions 发布 or 政府网站 is notice text.
 */
export function classifyNoise(text: string): NoiseKind | null {
  // A page's field list rendered as a Markdown list (- 发文机构 / - 隆阳区…) reads as the fields themselves.
  const line = dropResidue(foldWidth(text))
    .trim()
    .replace(/^-\s+(?=\p{Script=Han})/u, '');
  // A crawler's or portal's link fields hold long URLs and paths: chrome whatever their length.
  if (/^(?:原文链接|原文地址|本地目录|页面链接|网址|链接)\s*[:：]\s*\S+$/.test(line) && !line.includes('。'))
    return 'portal';
  // A list of downloadable files, whole names separated by spaces (…33号:关于印发…的通知.pdf …的通知.pdf).
  if (line.split(/\s+/).every((token) => /^(?:[^。]+?\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar))+$/i.test(token)))
    return 'portal';
  if (line === '' || line.length > MAX_CHROME_LENGTH) return null;
  if (!blankJammer(line).trim()) return 'watermark'; // a forum's anti-copy scraps, a line of their own
  const simplified = toSimplified(line);
  if (isPageNumberLine(line)) return 'pageNumber';
  if (REPOST.test(simplified)) return 'portal';
  // 文　　号：… / 索 引 号 … — a label spaced out to line up in a table.
  const unspaced = simplified.replace(/^((?:\p{Script=Han}[ \u3000]+){1,5}\p{Script=Han})(?=[\s:：|｜]|$)/u, (label) =>
    LABEL_ONLY.test(label.replace(/[ \u3000]/g, '')) ? label.replace(/[ \u3000]/g, '') : label,
  );
  if (unspaced !== simplified) return classifyNoise(unspaced);
  if (line.includes('。')) return null;
  if (DOWNLOAD.test(line)) return 'portal';
  if (matchMarker(line) !== null) return null; // a numbered line is a clause, whatever it says
  return RULES.find(([, pattern]) => pattern.test(simplified))?.[0] ?? null;
}

/**
 * A line that is a metadata label alone (标题, 发文字号：, 索 引 号), whose value stands on a line of its own below it,
 * maybe after a blank line: that value is chrome too. Labels often left empty (内容概述, 关键词) are not, or the
 * notice's first line would go with them.
 */
export function labelAwaitingValue(text: string): string | null {
  const label = toSimplified(foldWidth(text))
    .trim()
    .replace(/^(?:[•·●▪■]\s*|-\s+)/, '')
    .replace(/[ \u3000]/g, '')
    .replace(/[:：]$/, '');
  return LABEL_ONLY.test(label) && !OPEN_LABEL.test(label) ? label : null;
}
