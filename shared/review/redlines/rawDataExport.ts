import type { FlagRule } from '../ruleset';
import type { Evidence } from '../report';
import { findTriggers, withNeutralMasked } from '../clauses';
import { ledSentences } from '../clauseLeads';
import { evidence, type ReadDocument } from '../sections';
import { holdsRawData } from '../definitions';
import { referenced } from '../references';
import { isBackground } from './background';
import { withAntecedents } from '../anaphora';
import { typedCells } from '../text';
import { asOneRecord, leadsByBlock, typedRiskRow } from './units';
import { OUTSIDE } from '../clauseParties';
import { heldBack, isOutsideParty, letsHappen, parseSentence, readingOf, type ClauseParse, type ParseContext } from '../clauseParse';
import { HOLD_VERB, objectOf, restorableIn } from '../clauseObjects';
import { OUT, PATTERNS, PLACE, RAW } from './rawPhrases';
import { CAPTURE_VERBS } from '../clauseActs';
import { itemStyle } from '../clauseLeads';
import { actsOnNamed, asRaw, firstItem, namedRaw, opensList, rawItem, termsTableOut } from './rawNamed';

/**
 * 原始数据出域 read by what actually leaves (Hebei arts. 19, 24: raw data, and whatever can be turned back into it,
 * never leaves the platform), however the clause puts it:
 * - a product that can be reversed: "可逆加密……对外提供", "提供令牌与原始证件号码的对照表", "凭基准表可以还原出原始值",
 *   "模型应当保留反向还原功能";
 * - what leaves said to be raw data: "对外输出的样本数据为真实原始数据的随机抽样", "公共数据原样……挂牌转售";
 * - raw data named by what it is (原始业务数据, 原始记录全文, 原始值) pulled by another party or into its systems;
 * - a mirror of the data kept outside the platform: "办公网络内部署公共数据镜像库……与……原始数据每日同步";
 * - the act itself opened: "原始数据默认开放下载权限";
 * - an exception written as the next sentence: "原始数据不出域。但因……确需导出的，乙方可以先行导出".
 * Each is read for its modality (a prohibition, "不可逆", "无法还原" fires nothing); inside the platform, or back to the
 * data's owner, is not release (the ruleset's own `unless`).
 */


/**
 * A permission with its object left out, which is the raw data the prohibition before it names: "原始数据原则上不出域，
 * 确有需要的，经乙方负责人审批后可以导出", or in the next sentence "原始数据不出域。但因……确需导出的，乙方可以先行导出".
 */
// The clause names no other object ("所有产品须经安全审核后方可交付" hands over products, not the data).
const ELLIPTICAL = new RegExp(`(?:^|[，,；;])(?:(?!产品|成果|结果|模型|报告|服务|统计|指数|分析)[^，,；;。])*?(?:可以|可|有权|允许|准予|得以)(?:先行|直接|临时|予以|自行)?(?<t>${OUT})(?:平台|出平台|出域)?(?=[，。；,;]|$)`);
const RAW_FORBIDDEN = new RegExp(`${RAW}[^。；]{0,12}?(?:不得|不|禁止|严禁|一律不得)[^，。；]{0,4}?(?:${OUT}|离开|出)`);
const RAW_RE = new RegExp(RAW);
const OTHER_NAMED = /产品|成果|结果|模型|报告|统计|指标|指数/;
/** A product that goes out, said to carry something (what it carries is read by restorableIn). */
const CARRIES_OUT = /(?:出域|对外(?:提供|交付|输出)?|交付[^，。；]{0,6}?|提供给[^，。；]{0,8}?)的(?:数据|模型)?(?:产品|成果|数据集|结果|文件)[，,]?[^，。；]{0,6}?(?<t>包含|含有|附带|附有|保留|携带|内嵌)/;
/** Every pattern above names raw data, a way back to it or a copy of it: other sentences are passed in one test. */
const ANY = /(?:下载|导出|拷贝|复制)(?:权限|功能|权利)|样本数|人数|户数|记录数|个体数|哈希|散列|原始|原样|样本|源数据|明细数据|可逆|密钥|秘钥|对照表|映射表|对应关系表|还原|镜像|副本库|备份库|明文|授权数据|全量|数据集|副本|公共数据|服务器|机房|数据湖|数据仓库|数仓|集群|算力中心|灾备中心|前置机|环境|数据库|系统|存储|介质|逐条|逐笔/;
const FORBIDS = new RegExp(`(?:不得|禁止|严禁|不允许|一律不得|不能)[^，。；]{0,8}?(?:${OUT}|离开|流出|带出|外流|外泄)`);

/**
 * Data described by a processing that leaves it raw, read as raw data: "经乙方加工（包括字段重命名、格式转换、编码统一）
 * 的数据" is the records renamed and reformatted (the same length, so quotes line up).
 */
const DESCRIBED = /(?:经[^，。；（(]{0,8}?)?(?:加工|处理)[（(]([^（）()]{2,40})[）)](?:后)?(?:形成)?的(?:数据集|数据|记录)/g;
/**
 * Raw data named only as what a thing cannot be turned back into ("模型经审核确认不能逆推原始数据的，方可导出平台")
 * is not there: blanked, the same length.
 */
// The means may stand between ("不能通过可逆模型或者算法还原出原始数据", "无法借助任何辅助信息恢复原始明细").
const MEANS = '(?:(?:通过|借助|利用|经由|依靠|结合)[^，。；]{0,16}?|据以|据此|借以|凭以)?';
const DENIED_RAW = new RegExp(`((?:不能|无法|不可|不会|难以|不能够|不得|不足以)(?:被)?${MEANS}(?:还原|恢复|反推|逆推|倒推|推导|识别|推算)(?:出|为|成)?[^，。；]{0,8}?)(${RAW})`, 'g');
const DENYING = new RegExp(`(?:不能|无法|不可|不会|难以|不得|不足以)(?:被)?${MEANS}(?:还原|恢复|反推|逆推|倒推|推导|识别|推算)`);
/**
 * Raw data named as what a thing does not hold ("确认不含原始数据后方可导出") is not there either, nor anything else of the
 * list the denial governs ("不包含原始数据及能够还原原始数据的内容").
 */
// What it must not contain is not in it either: "挂牌产品不得包含原始数据或可还原为原始数据的内容".
const ABSENT_RAW = new RegExp(`((?:不含|不包含|不包括|不涉及|不含有|(?:不得|不应|不能|不可|禁止|严禁)(?:包含|含有|夹带|附带|携带))[^，。；]{0,8}?)(${RAW}[^，。；]*)`, 'g');
const RAW_ALL = new RegExp(RAW, 'g');
function described(written: string): string {
  let s = DENYING.test(written) ? written.replace(DENIED_RAW, (_all: string, lead: string, raw: string) => lead + '\u3000'.repeat(raw.length)) : written;
  s = s.replace(ABSENT_RAW, (_all: string, lead: string, list: string) => lead + list.replace(RAW_ALL, (raw) => '\u3000'.repeat(raw.length)));
  if (!/[（(]/.test(s)) return s;
  return s.replace(DESCRIBED, (all: string, how: string) => (holdsRawData(how) ? '原始数据' + '\u3000'.repeat(Math.max(0, all.length - 4)) : all));
}

// Whatever the verb of release: "第十五条 乙方可以向用户销售基础数据包" is the article's clause on its heading line.
const SAYS_WHAT_IS_DONE = new RegExp(`(?:可以|应当|有权|允许|须|不得|享有)[^，。；]{0,20}?(?:${OUT}|获取|取得|调取)`);

/** Verbs that take data out of the platform by themselves (a 提供 or 交付 needs someone outside to receive it). */
const OUT_BY_ITSELF = /导出|汇出|下载|拷贝|复制|出域|带离|外发|外传|传出|转售|出售|销售|售卖|抄送/;

/**
 * The clause parse decides (clauseParse.ts): raw data, or a product it can be restored from, let out — to another party
 * or its systems, by a medium that leaves the platform, taken by another party, or by a verb that is itself export; or
 * restored by another party. `raw` says the object left out of the clause is the raw data named before ("原始数据原则
 * 上不出域。确因业务需要导出的，……告知甲方"). Back to the grantor, to public bodies or inside the platform is no release.
 * Hebei art. 24 is absolute: an approval lifts a prohibition as much as a consent.
 */
/**
 * The data's owner keeping its own copies ("原始数据的灾备由实施机构在政务云异地灾备中心统一存放") moves nothing out of
 * public hands; only handing them to another party would.
 */
const keepsOwn = (p: ClauseParse) =>
  (p.act?.kind === 'copy' || p.act?.kind === 'process') && (p.holder?.party === 'grantor' || p.holder?.party === 'public') && !ANOTHER_PARTY.test(p.text.slice(p.act.at));
/** A party other than the data's public holders, named where the copy goes ("抄送一份至授权运营机构指定的邮箱"). */
const ANOTHER_PARTY = /乙方|运营|第三方|合作|客户|用户|使用方|需求方|子公司|关联|企业|公司/;

/**
 * A copy set up or kept in a party's own facility, the place written before the verb ("在乙方机房部署公共数据副本",
 * "在合作方数据中心存放"): the facility is outside the platform, whoever owns it.
 */
// The act may be named in a manner before it ("以“数据镜像”方式在乙方机房部署"): the verb after the place is read.
const IN_PLACE = new RegExp(`(?:在|于)[^，。；]{0,6}?${PLACE}[^，。；]{0,4}?(?:部署|存放|存储|保存|留存|备份|镜像|同步|缓存)`);
const placedOutside = (p: ClauseParse) => (p.act?.kind === 'copy' || p.act?.kind === 'process') && IN_PLACE.test(p.text);

/** Records captured off the screen leave with whoever holds the picture, wherever it was taken ("在平台内截屏、复制……原始记录"). */
// Not the session filmed for oversight ("查看……须经甲方审批并全程录屏", "操作录屏留痕"): that record is the grantor's.
const CAPTURED = new RegExp(`(?<!全程|全过程|同步|实时|操作)(?:${CAPTURE_VERBS})(?![^，。；]{0,2}?(?:审计|留痕|监控|存档|备查))`);
/**
 * Records put into files: a data set named plainly ("住房公积金贷款审批数据", not a product) exported or sent as a file
 * ("按日以Excel文件形式导出，……通过电子邮件发送") is the records themselves, out of the platform.
 */
const AS_FILES = /以[^，。；]{0,8}?(?:Excel|EXCEL|excel|CSV|csv|文件|数据包|表格|压缩包)的?(?:形式|方式)/;
const PLAIN_DATA = /[\u4e00-\u9fff]{2,16}?(?:数据|数据集|记录)(?![\u4e00-\u9fff]{0,2}?(?:产品|服务))/;
// clauseObjects' DERIVED without 服务: "政务服务数据" are records.
const DERIVED_NAME = /产品|成果|结果|结论|统计|报告|模型|指数|评分|汇总|画像|分析|日志|目录|清单/;
const INTO_PLATFORM = /导入|归集|汇聚|汇入|上传|报送至?[^，。；]{0,6}?平台|(?:平台|专区|空间|沙箱)(?:内|中)/;
// Or packed into files by the act itself ("将……配送需求数据按周生成离线数据包").
const PACKED = /^(?:生成|制作|打包)[^，。；]{0,8}?(?:数据包|数据文件|压缩包|离线包)/;
/** Handed over as something the receiver keeps: files, or offline ("以加密数据文件形式离线交付乙方"). */
const KEPT_FORM = new RegExp(`${AS_FILES.source}|离线|光盘|硬盘|U盘|移动介质|移动存储`);
/** The data set a clause acts on: fronted by 将 in the sentence ("将……入库数据经脱敏处理后，以……离线交付乙方"), or before the verb. */
const FRONTED = /(?:将|把)([^。；将把]{1,60})$/;
const asFiles = (p: ClauseParse, sentence: string) => {
  const lead = sentence.slice(0, p.start) + p.text.slice(0, p.act!.at);
  const before = FRONTED.exec(lead)?.[1] ?? p.text.slice(0, p.act!.at);
  // A release names what it hands over after it too ("以光盘拷贝方式向运营机构提供燃气用户、安检记录历史数据").
  const d = PLAIN_DATA.exec(before) ?? (p.act!.kind === 'release' ? PLAIN_DATA.exec(p.text.slice(p.act!.at + p.act!.verb.length)) : null);
  // Delivered to someone outside the platform's public holders, the files are theirs to keep.
  const handed = p.act!.kind === 'release' && !['inside', 'grantor', 'public'].includes(p.recipient?.party ?? 'inside') && KEPT_FORM.test(p.text);
  const packed = OUT_BY_ITSELF.test(p.act!.verb) ? AS_FILES.test(p.text) : handed || (p.act!.kind === 'copy' && PACKED.test(p.text.slice(p.act!.at)));
  return !!d && packed && !DERIVED_NAME.test(d[0]) && !INTO_PLATFORM.test(p.text);
};

// A cell that answers no ("否", "禁止"); "无" is left out: it may say a restriction is none ("| 限制 | 无 |").
const DENIED_ROW = /[|｜]\s*(?:否|禁止|不得|不允许|严禁|不可|不准)\s*(?=[|｜]|$)/;
const DONE_INSIDE = /在[^，。；]{0,8}?(?:平台|空间|专区|沙箱|运营域|环境)(?:内|中|之内)/;
export function releasesRaw(p: ClauseParse, raw = false, sentence = p.text): boolean {
  // Used in a place outside the platform, the records are there: "乙方可以在其自有测试环境中使用该副本".
  const usedOutside = p.act?.kind === 'use' && p.recipient?.party === 'outside' && (p.object?.kind === 'raw' || p.object?.kind === 'restorable');
  if (!p.act || (p.act.kind === 'use' && !usedOutside) || !letsHappen(p, true)) return false;
  if (usedOutside) return true;
  if (CAPTURED.test(p.text) && (p.object?.kind === 'raw' || p.object?.kind === 'restorable')) return true;
  if (!p.object && !raw && p.recipient?.party !== 'inside' && asFiles(p, sentence)) return true;
  const to = placedOutside(p) && p.recipient?.party !== 'inside' ? 'outside' : p.recipient?.party;
  if (to === 'inside' || to === 'grantor' || to === 'public') return false;
  const by = p.holder?.party ?? null;
  // "对外提供": to parties outside, whoever they are.
  const outside = to === 'group' || to === 'other' || to === 'outside' || /对外$/.test(p.text.slice(0, p.act.at));
  // A prohibition lifted by an exception that names a thing lets only that thing out ("除……统计汇总数据外，任何数据不得
  // 以明细形式出域").
  const obj = (p.modality === 'must-not' ? p.excepted?.kind : undefined) ?? p.object?.kind ?? (raw ? 'raw' : null);
  // Restoring what it names: "限时恢复" after an outage restores a service, not the records.
  if (p.act.kind === 'restore') return (by === 'group' || by === 'other') && (obj === 'raw' || obj === 'restorable' || obj === 'data');
  if (obj === 'raw' || obj === 'restorable') {
    // Another party getting the records has them outside, wherever it keeps them ("保险机构……可以获取……诊疗明细记录").
    if (p.act.kind === 'succeed') return outside || by === 'group' || by === 'other';
    if (p.act.kind === 'copy' || p.act.kind === 'process') return outside && !keepsOwn(p);
    // What the operator delivers goes to its customers: "乙方交付的数据产品包括……每条记录保留全部原字段值"; a product
    // output with no one named ("数据产品采用可逆哈希编码方式输出") goes to whoever uses it, what an interface returns to
    // whoever calls it ("接口返回被查询对象的全部原始字段"), what it pushes to whoever subscribes ("按日推送逐户……明细").
    const delivered = to === undefined && (by === 'operator' || by === null) && /交付|输出|返回|推送/.test(p.act.verb);
    return outside || by === 'group' || by === 'other' || delivered || OUT_BY_ITSELF.test(p.act.verb);
  }
  // The granted data itself: exported, or copied into a place outside the platform.
  // Mirrored or synced to another party ("将授权数据镜像至合作企业的计算节点"), it sits in that party's systems.
  const copiedOut = p.act.kind === 'copy' && (to === 'other' || to === 'group') && p.recipient?.text !== '其';
  // Opened to another party inside the platform ("相应授权数据在专区内一并向承接单位开放使用"), the data stays there: who may
  // use it is the grant's matter (sub_authorization), not an export.
  // (Where the act is done, "在专区内"; not where the data comes from, "将平台内授权数据导出至测试环境".)
  if (obj === 'data' && DONE_INSIDE.test(p.text) && !OUTSIDE.test(p.text)) return false;
  // The grantor sharing or opening its own data to others ("不限制甲方依法向其他单位共享、开放同类公共数据资源") is its
  // public function, not the operator's export; a copy it hands over on a disk ("以移动硬盘方式向乙方交付……完整副本") leaves.
  if (obj === 'data' && (by === 'grantor' || by === 'public') && p.act.kind === 'release' && p.recipient?.party !== 'outside' && !OUTSIDE.test(p.text)) return false;
  if (obj === 'data') return ((to === 'outside' || copiedOut) && p.act.kind !== 'succeed' && !keepsOwn(p)) || (p.act.kind === 'release' && (outside || OUT_BY_ITSELF.test(p.act.verb)));
  return false;
}

/**
 * What is let out, said in a later clause to carry the records ("可以将中间处理结果导出……，中间处理结果包含原始明细字段的，
 * 乙方应做好保密管理"): a care duty lets it out with them; a prohibition or a stripping ("……的，应当删除后方可导出") does not.
 */
const CARRIES_NAMED = new RegExp(`^[^，。；]{0,4}?${HOLD_VERB}(?:了|有|着)?[^，。；]{0,8}?${RAW}`);
const STOPPED = /不得|禁止|严禁|不能|不可|不予|删除|剔除|去除|脱敏|屏蔽|销毁|清除|匿名|去标识/;
function carriesRawOut(p: ClauseParse, sentence: string, unless: RegExp[]): boolean {
  if (p.act?.kind !== 'release' || p.object?.kind !== 'derived' || !letsHappen(p, true) || unless.some((u) => u.test(p.text))) return false;
  const to = p.recipient?.party;
  if (to === 'inside' || to === 'grantor' || to === 'public' || !(OUT_BY_ITSELF.test(p.act.verb) || isOutsideParty(to))) return false;
  const rest = sentence.slice(p.start + p.text.length);
  const thing = p.object.text;
  for (let i = rest.indexOf(thing); i >= 0; i = rest.indexOf(thing, i + 1))
    if (CARRIES_NAMED.test(rest.slice(i + thing.length))) return !STOPPED.test(rest.slice(i));
  return false;
}

/**
 * A copy with no destination goes where the sentence sets up its place: "在授权运营系统之外另行部署数据处理环境，并从授权
 * 运营系统同步所需原始数据" (inside the platform, or forbidden, it goes nowhere).
 */
const SET_UP_OUTSIDE = /(?:平台|系统|空间|专区|环境)(?:之)?外|以外|自建|自有|本地/;
const intoPlaceSetUp = (p: ClauseParse, sentence: string) =>
  p.act?.kind === 'copy' && !p.recipient && p.object?.kind === 'raw' && letsHappen(p, true) && SET_UP_OUTSIDE.test(sentence.slice(0, p.start));

/** The column of a product list that says what the user receives. */
// What an interface returns is what the caller receives ("| 返回内容 |", "| 返回字段 |").
// A bare 内容 is any table's second column ("| 条款 | 内容 |"): only what is delivered names a delivery.
const DELIVERY_COLUMN = /^(?:交付|提供|输出|服务|供给|产品|返回|推送)?(?:形式|方式|形态|载体)$|^(?:交付|提供|输出|服务|供给|产品|返回|推送)内容$|^(?:返回|输出)字段$|^交付物$/;
/** A column that says whether the product leaves ("是否出系统"), and a yes in it. */
const LEAVES_COLUMN = /^(?:是否|能否)(?:可以?|允许|准予)?(?:出域|出系统|出平台|出库|导出|外发|对外提供|离开平台)$/;
const YES = /^(?:是|√|✓|✔|允许|可以|Y|y|yes|Yes)$/;
/** A form that is a file the user keeps: "CSV文件", "Excel表格", "离线数据包". */
/** A cell whose content is the records in the phrase readers' words ("按户号、按月的用电量明细"), not records left out of it. */
function rawCell(c: string): boolean {
  const m = RAW_RE.exec(c);
  return !!m && !/(?:不含|不包含|不包括|剔除|去除|不提供|不涉及|无)[^，。；]{0,6}$/.test(c.slice(0, m.index));
}
const AS_FILE = /文件|CSV|csv|Excel|EXCEL|excel|数据包|压缩包|表格|拷贝|硬盘|光盘|U盘|下载|离线/;
const INSIDE_CELL = /(?:平台|专区|域|沙箱)(?:内|中)|不出域|仅返回/;
/** A delivery form that is the records themselves, not inside the platform ("平台内调用，仅返回核验结论"). */
const deliversRaw = (cell: string, ctx: ParseContext) => {
  const o = objectOf(cell, ctx.glossary)?.kind;
  return (o === 'raw' || o === 'restorable') && !INSIDE_CELL.test(cell);
};

export function rawDataExportReading(r: ReadDocument, rule: FlagRule): Evidence[] {
  const ctx: ParseContext = { glossary: r.glossary, resolve: referenced(r) };
  // The raw data a prohibition named, for a permission in the clauses or the sentence after it that leaves it out.
  const forbidsRelease = (p: ClauseParse) => p.object?.kind === 'raw' && p.modality === 'must-not' && p.act?.kind === 'release';
  const forbids = (s: string) => parseSentence(s, ctx).some(forbidsRelease);
  const unless = rule.checks.flatMap((c) => (c.kind === 'phrase' ? c.unless.map((u) => new RegExp(u)) : []));
  const opts = { absolute: true, unless };
  const ev: Evidence[] = [];
  // The sentence before, across blocks: "第二十四条 乙方应当保证原始数据不出域" is a heading line, its exception the paragraph.
  let prev = '';
  // The sentences read last, for a phrase pointing back at the records they named (anaphora.ts).
  let recent: string[] = [];
  let head: string[] | null = null;
  // A release whose list of items is still open, the things the sentence before said are the records, and the releases
  // it made (rawNamed.ts).
  let listOut: ClauseParse | null = null;
  let rawBefore: string[] = [];
  let releasesBefore: { p: ClauseParse; s: string }[] = [];
  let terms: string[][] = [];
  let termsOut = false;
  const leads = leadsByBlock(r);
  for (const b of r.blocks) {
    // A list of products whose delivery form is the records themselves ("| 企业经营数据 | 明细数据文件、数据接口 |").
    const rows = b.kind === 'table' ? b.rows : [typedCells(r.text(b))];
    if (b.kind !== 'table' && rows[0].length < 2) head = null;
    if (b.kind === 'table' || rows[0].length < 2) {
      terms = [];
      termsOut = false;
    }
    if (b.kind === 'table' || rows[0].length >= 2) {
      for (const row of rows) {
        // A table of terms, a matter and what is agreed on it a row.
        if (row.length === 2 && !termsOut) {
          terms.push(row);
          const how = termsTableOut(terms, ctx);
          if (how) {
            termsOut = true;
            ev.push(evidence(r, b, undefined, { clause: terms.map((t) => t.join(' | ')).join(' | '), negated: false, reading: 'permission', condition: how }));
          }
        }
        if (row.some((c) => DELIVERY_COLUMN.test(c) || LEAVES_COLUMN.test(c))) head = row;
        else if (head && head.length === row.length) {
          // A form column says how it goes ("提供方式 | 数据集文件下载"), beside one of what goes ("产品内容 | ……明细").
          const heads = head;
          const columns = heads.flatMap((c, i) => (DELIVERY_COLUMN.test(c) ? [i] : []));
          // The column that ships it as a file, if any ("交付方式 | 批量文件下载" beside "产品形式 | 数据集").
          const asFile = (i: number) => AS_FILE.test(row[i] ?? '') && !INSIDE_CELL.test(row[i] ?? '');
          const at = columns.find(asFile) ?? columns.find((i) => /(?:形式|方式|形态|载体)$/.test(heads[i])) ?? columns[0] ?? -1;
          const cell = row[at] ?? '';
          const leaves = head.findIndex((c) => LEAVES_COLUMN.test(c));
          // A row that names the records, shipped as a file or marked as leaving ("| 健身会员原始明细 | CSV文件 | 是 |").
          const rawRow = () => row.some((c, i) => i !== at && i !== leaves && (objectOf(c, ctx.glossary)?.kind === 'raw' || rawCell(c)));
          const marked = leaves >= 0 && YES.test(row[leaves]);
          const out = marked || (AS_FILE.test(cell) && !INSIDE_CELL.test(cell));
          const said = columns.find((i) => deliversRaw(row[i] ?? '', ctx));
          const why = said ?? (out && rawRow() ? (marked ? leaves : at) : -1);
          if (why >= 0) ev.push(evidence(r, b, undefined, { clause: row.join(' | '), negated: false, reading: 'permission', condition: `${head[why]}：${row[why]}` }));
        }
      }
      // A row is read as a sentence too ("不动产登记明细 | …… | 导出至乙方自有服务器").
      if (b.kind === 'table') continue;
    }
    // A short heading names a matter; one that says who may or must do what ("第十条 乙方可以向客户交付……") is a clause.
    if (b.kind === 'heading' && (b.text ?? '').length <= 30 && !SAYS_WHAT_IS_DONE.test(b.text ?? '')) {
      prev = r.text(b);
      continue;
    }
    const read = typedRiskRow(r, b, rows[0]) ?? asOneRecord(r.text(b));
    for (const written of ledSentences(read, leads.get(b))) {
      const s = described(withAntecedents(written, recent, r.glossary));
      recent = [...recent.slice(-1), written];
      if (isBackground(s)) {
        prev = s;
        continue;
      }
      // Parsed with what nothing lets happen blanked (a check's question, a denial), as every whole-sentence reader reads.
      const parsed = parseSentence(withNeutralMasked(s), ctx);
      // A definition lets nothing happen, unless it goes on to a rule of its own (clauseParse DEFINIENS_GOES_ON).
      if (parsed[0]?.defines && parsed.every((p) => p.defines)) {
        prev = s;
        continue;
      }
      // A row of a table that answers no ("| 可逆模型输出 | 否 | — |") lets nothing out.
      if (DENIED_ROW.test(s)) {
        prev = s;
        continue;
      }
      let raw = !!prev && /^(?:但|但是|除|确|如|因|需要|有必要)/.test(s) && forbids(prev);
      // An item of a release's list that names the records: the release lets them out.
      const item = listOut && rawItem(s, ctx);
      if (listOut && !itemStyle(s)) listOut = null;
      // What this sentence, or the one before, says is the records, named by a release here or in the sentence before.
      const named = namedRaw(s);
      const rawNames = [...rawBefore, ...named];
      const outAsRaw = (p: ClauseParse, of: string, names: string[]) => actsOnNamed(p, of, names) && releasesRaw(asRaw(p, names[0]));
      const backward = named.length > 0 ? releasesBefore.find((x) => outAsRaw(x.p, x.s, named))?.p : undefined;
      rawBefore = named;
      releasesBefore = parsed.filter((p) => p.act?.kind === 'release' && letsHappen(p, true)).map((p) => ({ p, s }));
      const opened = parsed.find((p) => opensList(s, p) && letsHappen(p, true));
      const firstRaw = opened && rawItem(`（一）${firstItem(s, opened)}`, ctx);
      const released =
        (item && listOut && releasesRaw(asRaw(listOut, item)) ? listOut : undefined) ||
        (firstRaw && opened && releasesRaw(asRaw(opened, firstRaw)) ? opened : undefined) ||
        backward ||
        parsed.find((p) => {
          const hit = releasesRaw(p, raw, s) || intoPlaceSetUp(p, s) || carriesRawOut(p, s, unless) || (rawNames.length > 0 && outAsRaw(p, s, rawNames));
          if (forbidsRelease(p)) raw = true;
          // A clause naming another thing since ("交付的产品以统计指标……为主") is what a later elided object refers to.
          else if (raw && p.object?.kind !== 'raw' && OTHER_NAMED.test(p.text)) raw = false;
          return hit;
        });
      listOut = opened ?? listOut;
      if (released) {
        ev.push(evidence(r, b, written, { clause: written, negated: false, ...readingOf(released) }));
        prev = s;
        continue;
      }
      // What the parse holds back (a function shut) the words below do not make happen.
      const read = (re: RegExp) => findTriggers(s, re, opts).find((x) => !x.negated && !heldBack(parsed, true, x.at));
      const excepting = !!prev && /^(?:但|但是|除)/.test(s) && RAW_RE.test(prev);
      if (!excepting && !ANY.test(s)) {
        prev = s;
        continue;
      }
      // "能够还原出原始数据的数据产品和服务，不得导出": what the pattern found names what a later clause forbids.
      const forbidsAll = FORBIDS.test(s) && !/但|除外|可以|允许|准予/.test(s);
      let h = forbidsAll ? undefined : PATTERNS.map(read).find(Boolean);
      // Its object is the raw data only when nothing else was named since ("原始数据不离开授权运营域，交付的产品以统计指标和模型
      // 结果为主，经安全审核后方可交付": the products are delivered).
      if (!h && (excepting || RAW_FORBIDDEN.test(s)) && ELLIPTICAL.test(s) && !OTHER_NAMED.test(s.slice(RAW_FORBIDDEN.exec(s)?.index ?? 0, ELLIPTICAL.exec(s)!.index))) h = read(ELLIPTICAL);
      // A product that goes out carrying the records or what restores them ("出域的数据产品可以包含采用固定盐值哈希处理后的身份证号码").
      if (!h && !forbidsAll) {
        const c = read(CARRIES_OUT);
        // What it carries: what restores the records, or the records themselves ("可附带模型训练所用的原始训练数据集").
        if (c && (restorableIn(s) || RAW_RE.test(s.slice(CARRIES_OUT.exec(s)!.index)))) h = c;
      }
      if (h) ev.push(evidence(r, b, s === written ? h.clause : written, h));
      prev = s;
    }
  }
  return ev;
}
