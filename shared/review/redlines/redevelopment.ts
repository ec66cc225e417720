import { parseNumbering } from '../../document/numbering';
import { clauseAt, clauses, sentences } from '../text';
import { isNegated, negatedInSentence, readClause, type ClauseReading } from '../clauses';
import { namedAsRisk } from './background';
import type { Unit } from './units';
import { definesThere, type Definition } from '../definitions';
import { OPERATOR, OPERATOR_GROUP, isOperatorGroup, subjectBefore } from './actors';
import { DELIVERED, PLAIN_REDEV, REDEV, REDEV_ONE, REWORK, deliveredBefore, maskObjects, redevTerms } from './redevObject';
import { AGENT_AFTER, AGENT_COLUMN, IS_OPERATOR, QUESTIONED, RESERVED, headerAgent, operatorSide, participant, readHeld } from './redevAgent';
import { APART_FROM_DELIVERED, GROUP_AS_DEVELOPER, NOT_TAKING_PART, joinedByOperator } from './redevJoined';

/**
 * The operator re-developing what it delivered (Chongqing art. 22, Hebei art. 37): each re-development act in the clause
 * (redevObject.ts) read by who does it (redevAgent.ts). The operator's side doing it, or having it reserved, is the red
 * line; a prohibition is kept unless a proviso or an exception hands it back to the operator's group ("但由乙方关联企业
 * 承接的除外"), or others need the operator's leave for it; another's re-development joined by the operator's side
 * (redevJoined.ts) is an obligation read. Null when the clause says nothing of re-development by the operator's side.
 */

/**
 * An exception that carves the operator's own re-development out of its prohibition: "除第十二条约定的自营场景外，乙方不
 * 参与已交付产品的再开发", "除附件所列项目以外". An exception for the law, or for support that is not development, lifts nothing.
 */
const CARVED_BEFORE = /除(?![^，。；]{0,6}(?:法律|法规|国家|依法|另有))([^，。；]{1,30}?(?:自营|自行|场景|情形|项目|业务|所列|列明|约定)[^，。；]{0,8}?)(?:外|以外|之外)/;

const OPERATOR_LEAVE = new RegExp(`(?:未经|未取得|未征得)${OPERATOR}[^，。；]{0,4}?(?:许可|同意|授权|认可)`);

/** A carve-out for the operator's group after a prohibition: "乙方通过其参股企业参与的，不受本条限制". */
const CARVE_OUT = new RegExp(`(?:${OPERATOR_GROUP}|参股|控股|关联|间接)[^。；]{0,30}?(?:参与|开发|加工)[^。；]{0,10}?的[，,]?\\s*(?:不受[^。；]{0,12}?限制|不在此限|除外|可以|可)`);
/** A 但书 after the prohibition naming the operator's group. */
const GROUP_PROVISO = new RegExp(`但(?:是)?[，,]?[^。；]{0,20}?(${OPERATOR_GROUP})[^。；]{0,30}?(?:参与|开发(?!利用)|加工|承接|实施|从事)[^。；]{0,16}?(?:不受此限|不在此限|不受[^。；]{0,12}?限制|除外)`);

/** A prohibition whose verb comes after an aside: "不得以任何方式，包括通过控股、参股企业或者其他关联方，参与……". */
const KEPT_FOR = /除([^，。；]{1,16}?)(?:以外|之外|外)[，,]?\s*(?:其他|其它|其余|任何)[^，。；]{0,10}?(?:不得|不能|禁止|无权|均不得)[^，。；]*$/;
const RULE_AGAINST = /^(?:禁止|限制)(?:性)?(?:条款|规定|制度|规则|机制|要求)/;
const ASIDE = /^\s*(?:包括|含|无论|不论|即|例如|比如|如)/;
const OPEN_NEGATION = /(?:不得|禁止|严禁|不能|无权|不允许)[^，。；]{0,8}$/;

/**
 * The ban lifted for a need on the grantor's approval ("原则上不得参与……再开发；确需参与的，经甲方批准后可以参与"): the law
 * bans re-development outright, so a ban the grantor may lift is a permission on a condition. The need must
 * be the same act, not support that is no development ("确需运维升级的，经甲方批准后实施").
 */
const NEEDED = /(?:确需|确有需要|确有必要|如需|特殊情况下需要?)([^。]{0,24}?)的?[，,]\s*(?:应当?|须)?(?:经|报经|取得|征得)[^，。；]{0,16}?(?:批准|同意|许可|核准|审批|认可)(?:后|的)?[，,]?\s*(?:方可|可以|可|允许|准予)/;
const PROVISO = /^[^。；]*?[，,]\s*但(?:是)?[，,]?([^。；]{2,40}?)的?(?:情形|情况)?(?:除外|不受此限|不在此限)/;
const CASE_BEFORE = /除(?:非)?([^，。；]{2,40}?)(?:以外|之外|外)[，,]\s*[^，。；]{0,30}$/;
const LAW_DEFERRED = /法律|法规|国家(?:另有)?规定|另有规定|依法/;
const NOT_DEVELOPMENT = /运维|维护|修复|故障|安全|技术支持|支持|培训|咨询|升级补丁|漏洞/;

const PUT_ON_OTHER = /^[^，。；]{0,4}?由([^，。；由]{1,12}?)(?:另行|自行|负责|统一)?(?:组织|实施|承担|开展|负责|完成)/;

const PARTY_WORD = '(?:(?![对就将把与由的])[\\u4e00-\\u9fff]){1,8}?(?:方|者|单位|机构|企业|主体|用户|客户|公司)';
const OWNED_BY = new RegExp(`[对就将把与](${PARTY_WORD})的$`);
// The party the act describes ("……对乙方已交付的数据产品和服务进行再开发的企业"): that party does it, not the one named
// inside the description. Not the role a party takes ("乙方作为……进行再开发的主体").
// The party may go on to its own verb ("有意开展再开发的企业可以通过……获取产品").
const DESCRIBED_AGENT = /^[^，。；]{0,12}?的((?:(?![对就将把与由的])[\u4e00-\u9fff]){0,8}?(?:方|者|单位|机构|企业|主体|用户|客户|公司))(?=[，。；、和及或]|$|可以|可|应当|应|须|需|能够|能|均|通过|按照|经)/;
const TAKES_ROLE = /(?:作为|成为|担任|是|为)[^，。；]*$/;
const BY_BEFORE = new RegExp(`由(${PARTY_WORD})[^，。；由]{0,16}?$`);

/** An item that opens on taking part ("（二）参与经营主体对已交付……的再开发"). */
const TAKES_PART = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*(?:参与|参加|介入)/;
/** A heading that lists a party's rights or duties: its items are that party's. */
// Or one that names the party alone, under a part on each party's rights ("九、各方权利义务" / "（三）运营机构").
const RIGHTS_HEADING = new RegExp(`(?:权利|义务|职责|权益)(?:如下|包括)?[：:]?$|^\\s*(?:[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])?\\s*${OPERATOR}\\s*$`);

/** A sentence with what it quotes blanked. */
const unquoted = (s: string) => s.replace(/[“"「『][^”"」』]{4,}[”"」』]/g, (q) => '＿'.repeat(q.length));

const negatedBefore2 = (text: string, c: { text: string; start: number }, at: number) => negatedInSentence(text, c, at - c.start) && !isNegated(c.text, at - c.start);

function underAside(text: string, c: { start: number }): boolean {
  const cs = clauses(text);
  let i = cs.findIndex((x) => x.start === c.start);
  if (i <= 0 || !ASIDE.test(cs[i - 1].text)) return false;
  while (i > 0 && ASIDE.test(cs[i - 1].text)) i--;
  // The clauses of the aside run to the verb's clause: "包括通过控股、参股企业或者其他关联方".
  return i > 0 && OPEN_NEGATION.test(cs[i - 1].text);
}

/**
 * The act naming a party ("下游再开发主体应在合同范围内使用产品") is no act: who it is comes first. A column it heads
 * ("再开发主体：乙方") names who does it, and is read.
 */
// Or with its kind before ("乙方面向市场选择再开发经营主体的"): the market players who re-develop.
const PARTY_NAMED = /^(?:经营|利用|服务|合作|市场)?(?:主体|方|单位|机构|企业|者|商)(?![：:]|\s*[|｜]|为|是)/;
const TOPIC_CHOSEN = new RegExp(`^\\s*(?:[（(]?[一二三四五六七八九十\\d]+[）)、.．]\\s*)?([^，。；由]{2,12}?)由${OPERATOR}[^，。；]{0,30}?(?:选择|选定|确定|遴选|引入|招募)[，,]`);
const PENALISED = /^[^。；]{0,60}?的[，,]\s*(?:由[^，。；]{0,8}?)?(?:应当|应|须|责令|甲方可以|甲方有权|予以)?[^，。；]{0,6}?(?:限期改正|改正|整改|支付违约金|承担违约责任|赔偿|暂停|解除|终止|收回|移送|处罚|追究)/;
const REFUSED_BEFORE = /(?:不予?受理|不予?批准|不予?同意|驳回|拒绝)[^，。；]{0,24}$/;
/** The operator developing together with others: "运营机构可以与数据应用企业组建联合开发团队，共同完成应用开发". */
const TEAMS_UP = new RegExp(`^[^。；]{0,8}?(${OPERATOR_GROUP})[^，。；]{0,8}?(?:可以|可|有权)?(?:与|同|联合)[^，。；]{1,16}?(?:企业|主体|机构|单位|方)[^，。；]{0,8}?(?:联合开发|共同开发|合作开发|联合研发|共同研发|共同完成[^，。；]{0,6}?开发)`);
const BUILT_ON_OPERATORS = new RegExp(`(?:基于|依托|利用)${OPERATOR}(?:的)?(?:数据)?(?:产品|服务)`);
/** A sentence that bars re-development ("……不得参与已交付产品的再开发"). */
const FORBIDS_REDEV = /(?:不得|禁止|严禁|不能|无权)[^。；]{0,30}?(?:再开发|二次开发)/;
const OPENED_TOPIC = /^(?:再开发|二次开发)(?:业务|市场|活动|环节|领域|工作)?(?:面向|向|对)[^，。；]{0,12}?(?:公平|平等|充分)?开放/;

export function readRedevelopment(u: Unit, defined: readonly Definition[] = []): ClauseReading | null {
  const s = u.text;
  // The operator's products others build on are what it delivered ("数据使用方基于乙方产品再开发形成的数据产品").
  const delivered = DELIVERED.test(u.blockText || s) || DELIVERED.test(s) || BUILT_ON_OPERATORS.test(s);
  let text = s;
  // A term defined as re-development is read as the act, in the block that defines it or any other (not in its definition).
  const terms = [...redevTerms(u.blockText || s), ...defined.filter((d) => !definesThere(s, d.meaning)).map((d) => d.term)];
  for (const t of terms) if (!new RegExp(`所称[“"「]${t}`).test(s)) text = text.split(t).join('再开发'.padEnd(t.length, '　'));
  const earlier = u.before.join('');
  const acts = [
    ...[...text.matchAll(REDEV)].filter((m) => !PARTY_NAMED.test(text.slice(m.index! + m[0].length))).map((m) => ({ m, rework: null as 'delivered' | 'own' | null })),
    ...[...text.matchAll(REWORK)]
      .filter((m) => !REDEV_ONE.test(m[0]))
      .map((m) => ({ m, rework: deliveredBefore(text, m.index!, earlier) }))
      .filter((x) => x.rework),
  ];
  const masked = maskObjects(readHeld(text));
  for (const { m, rework } of acts) {
    // Development reserved to the operator is exclusive whatever is developed ("如需深度开发，应当委托乙方完成").
    if (!rework && !PLAIN_REDEV.test(m[0]) && !delivered && !RESERVED.test(text.slice(m.index!, m.index! + 30))) continue;
    const at = m.index!;
    const c = clauses(text).find((x) => at >= x.start && at < x.start + x.text.length)!;
    // Named as a breach with its penalty ("乙方参与……再开发……的，应当限期改正"), refused by the grantor ("甲方不受理其对乙方所交付
    // 产品的再开发申请"), or the topic of its own clause opened to all ("……初级加工，再开发面向全国公平开放"): no one is let do it.
    if (PENALISED.test(text.slice(at)) || REFUSED_BEFORE.test(c.text.slice(0, at - c.start)) || OPENED_TOPIC.test(c.text.slice(at - c.start))) continue;
    if (isNegated(c.text, at - c.start) || NOT_TAKING_PART.test(c.text.slice(0, at - c.start))) {
      // "不得参与……二次开发，但由乙方关联企业承接的除外": the proviso lets the operator's group do it after all.
      const pv = GROUP_PROVISO.exec(text.slice(at));
      if (pv && isOperatorGroup(pv[1])) return { reading: 'exception', condition: pv[0] };
      const carved = CARVED_BEFORE.exec(text.slice(0, at));
      if (carved && !isNegated(text, carved.index)) return { reading: 'exception', condition: carved[0] };
      // Everyone barred but the operator's side ("除乙方及其控股子公司外，其他经营主体不得进行二次加工"): it keeps it.
      const kept = KEPT_FOR.exec(text.slice(0, at));
      if (kept && operatorSide(readHeld(kept[1]))) return { reading: 'exception', condition: kept[0] };
      // Others barred from re-developing a delivered product without the operator's leave: the operator holds it.
      const veto = OPERATOR_LEAVE.exec(text.slice(Math.max(0, at - 40), at));
      if (veto) {
        // Who is barred, read with the operator whose leave it needs struck out.
        const v = Math.max(0, at - 40) + veto.index;
        const barred = subjectBefore(masked.slice(0, v) + '＿'.repeat(veto[0].length) + masked.slice(v + veto[0].length), at);
        if ((rework === 'delivered' || delivered) && !operatorSide(barred)) return { reading: 'obligation', condition: veto[0] };
      }
      // The ban on the operator's side lifted by the grantor's leave, consent or approval ("未经甲方批准，乙方不得……",
      // "……经甲方批准的除外"), or for a need on its approval: it re-develops once it has it.
      if (veto || !operatorSide(subjectBefore(masked, at))) continue;
      // A proviso for support that is no development ("但……提供平台技术支持的除外") lifts nothing.
      const lifted = readClause(text, c.text, at - c.start, true);
      if (lifted.reading === 'exception' && !NOT_DEVELOPMENT.test(lifted.condition ?? '')) return lifted;
      const need = NEEDED.exec(text.slice(at));
      if (need && !NOT_DEVELOPMENT.test(need[1])) return { reading: 'exception', condition: need[0] };
      // Any other case carved out of the operator's ban, after it or before it ("但经营主体提出联合开发需求的除外", "除
      // 经营主体提出联合开发需求外"): in that case it takes part. Not a deferral to the law, nor support that is no development.
      const proviso = PROVISO.exec(text.slice(at)) ?? CASE_BEFORE.exec(text.slice(0, at));
      if (proviso && !NOT_DEVELOPMENT.test(proviso[1]) && !LAW_DEFERRED.test(proviso[1])) return { reading: 'exception', condition: proviso[0] };
      continue;
    }
    if (underAside(text, c) || negatedBefore2(text, c, at) || QUESTIONED.test(c.text.slice(0, at - c.start))) continue;
    // Named by its harm ("运营机构参与已交付产品再开发形成垄断": a risk) or as the rule against it ("再开发禁止条款").
    if (namedAsRisk(text.slice(at + m[0].length)) || RULE_AGAINST.test(text.slice(at + m[0].length))) continue;
    // The subject in this sentence, else the one the block set before ("由乙方负责持续运维。运维范围包括……衍生产品开发");
    // a party taking part in another's re-development, or the agent a table's column names, acts too.
    // A column headed by the act names who does it, and nothing else does.
    const byHeader = headerAgent(text, at + m[0].length);
    if (byHeader !== undefined) {
      if (operatorSide(byHeader)) return readClause(text, c.text, at - c.start);
      continue;
    }
    // Whoever the clause puts it on after 由, the operator's side or another ("相关二次开发由交付对象另行组织").
    const agent = AGENT_AFTER.exec(text.slice(at + m[0].length)) ?? PUT_ON_OTHER.exec(text.slice(at + m[0].length));
    const column = AGENT_COLUMN.exec(text);
    let subject = agent ? agent[1] : subjectBefore(masked, at);
    // The sentence's topic, chosen by the operator first ("经营主体由运营机构按照公平公开的方式面向市场选择，对……进行再开发"): the
    // topic acts in the clauses after.
    const topic = TOPIC_CHOSEN.exec(text);
    if (!agent && topic && at > topic[0].length) subject = topic[1];
    if (!agent && operatorSide(participant(masked, at))) subject = participant(masked, at);
    if (!agent && column && operatorSide(column[1])) subject = column[1];
    // Whose re-development it is, named right before it ("乙方对购买方的再开发不收取分成"), or who it is put on before
    // the act ("由购买方依据使用协议自主使用和再开发"): that party does it.
    const lead = text.slice(c.start, at);
    const owner = OWNED_BY.exec(lead) ?? BY_BEFORE.exec(lead);
    if (!agent && owner) subject = owner[1];
    const described = DESCRIBED_AGENT.exec(text.slice(at + m[0].length));
    if (!agent && described && !TAKES_ROLE.test(lead)) subject = described[1];
    // A party referred back to ("由该开发利用机构……再开发") that the operator set up or holds shares in before ("乙方可以设立或者
    // 参股开发利用机构"): its group does it.
    const back = subject && /^(?:该|上述|前述|此)([\u4e00-\u9fff]{2,10})$/.exec(subject);
    // Or one named by the stake in it, the holder said before ("运营机构可以通过参股方式支持优质经营主体……；参股的经营主体可以
    // 对运营机构交付的数据产品进行再开发"): the operator's holding.
    const held = !!subject && ['参股', '控股', '入股', '持股', '投资'].some((w) => lead.includes(`${w}的${subject}`));
    const setUpByOperator =
      (!!back && new RegExp(`${OPERATOR}[^。；]{0,16}?(?:设立|成立|组建|参股|控股|投资|出资|入股)[^。；]{0,12}?${back[1]}`).test(text.slice(0, at))) ||
      (!!held && new RegExp(`${OPERATOR}[^。；]{0,16}?(?:参股|控股|入股|持股|投资)`).test(`${u.before.join('')}${text.slice(0, at)}`));
    // Not from words the sentence before quotes ("原稿“运营机构……享有……独家开发权”的表述已删除"): another text's party.
    if (!subject) for (const p of [...u.before].reverse()) if ((subject = subjectBefore(unquoted(p), p.length))) break;
    // Or the party whose rights or duties the heading lists ("乙方享有以下权利：" / "（二）参与……再开发").
    // An item that opens on taking part ("（二）参与经营主体对已交付……的再开发") has that party as who takes part.
    const listing = u.headings.slice(0, 3).find((h) => /[\u4e00-\u9fff]{2}/.test(parseNumbering(h)?.rest ?? h)) ?? '';
    if ((!subject || (!agent && TAKES_PART.test(text))) && RIGHTS_HEADING.test(listing)) subject = subjectBefore(listing, listing.length) ?? subject;
    const after = text.slice(at, at + 30);
    // The operator working on products of its own is its development; its group reworking them is not.
    if (rework === 'own' && subject && IS_OPERATOR.test(subject)) continue;
    if (setUpByOperator || operatorSide(subject) || RESERVED.test(after)) {
      const r = readClause(text, c.text, at - c.start);
      if (r.reading !== 'prohibition') return r;
    } else if (rework === 'delivered' || (!rework && delivered)) {
      const joined = joinedByOperator(text, at + m[0].length);
      if (joined) return { reading: 'obligation', condition: joined };
    }
  }
  // The need read after a ban on the operator's side in the sentence before ("乙方原则上不得参与……再开发；确需参与的，经
  // 甲方批准后可以参与"): the same exception, written as its own sentence.
  const prev = u.before.at(-1) ?? '';
  const need = NEEDED.exec(s);
  if (need && need.index < 4 && !NOT_DEVELOPMENT.test(need[1]) && /不得|禁止|严禁|不能/.test(prev)) {
    const r = REDEV_ONE.exec(prev);
    if (r && (DELIVERED.test(prev) || PLAIN_REDEV.test(r[0])) && operatorSide(subjectBefore(maskObjects(readHeld(prev)), r.index))) return { reading: 'exception', condition: need[0] };
  }
  const g = GROUP_AS_DEVELOPER.exec(s);
  // Its matter kept apart from what was delivered ("仅限与乙方已交付产品无关的需求") re-develops nothing delivered.
  // What was delivered named only where the block bars re-development ("乙方的关联企业作为需求方购买……，适用与其他需求方
  // 相同的条件。……乙方及其关联企业不得参与已交付产品的再开发"): the group company buys as any user does.
  const deliveredHere = () => DELIVERED.test(s) || sentences(u.blockText || s).some((x) => DELIVERED.test(x) && !FORBIDS_REDEV.test(x));
  if (g && isOperatorGroup(g[1]) && (REDEV_ONE.test(s) || (delivered && deliveredHere())) && !APART_FROM_DELIVERED.test(s)) {
    const at = g.index + g[0].length - 1;
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission' };
  }
  if (CARVE_OUT.test(s) && u.before.some((p) => REDEV_ONE.test(p) && /不得|禁止|严禁|不能/.test(p))) return { reading: 'exception', condition: s };
  // The operator teaming up with those who develop what it delivered, right after the text lets them ("鼓励数据应用企业基于
  // 授权运营单位交付的数据产品开发行业应用。授权运营单位可以与数据应用企业组建联合开发团队，共同完成应用开发"): it
  // takes part in that development.
  const team = TEAMS_UP.exec(s);
  if (team && operatorSide(team[1]) && DELIVERED.test(prev) && /开发|加工|研发/.test(prev) && !/不得|禁止|严禁|不能/.test(prev)) {
    const at = team.index + team[0].length - 1;
    const c = clauseAt(s, at);
    if (!isNegated(c.text, at - c.start)) return { reading: 'permission', condition: team[0] };
  }
  return null;
}
