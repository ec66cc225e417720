import type { Glossary } from './definitions';
import { lastMade, lastRawMention, objectOf } from './clauseObjects';

/**
 * A noun phrase pointing back to what the sentences before named ("甲方向乙方开放医保结算原始记录。上述记录经甲方同意，
 * 可以提供给保险公司"): the clause acts on the thing named there, so a red-line reader reads it with that thing's name in
 * its place. Only the things a red line turns on are carried over (raw data, what restores it, the grant itself); a word
 * pointing back at anything else is left as written, and so is one whose sentences before name nothing of its kind.
 */
// A lone 该 or 此 may close another word (应该, 因此, 如此, 据此…): not a pointer there.
const POINTER = '(?:上述|前述|该等|以上|这些|这类|此类|该类|此等|(?<!应)该|(?<![因如彼至对由为据就在特])此)';
// The head says what kind of thing is pointed at: records (数据, 记录, 明细…) or a right (权利, 授权, 运营权…).
const RECORD_HEAD = '(?:数据集|数据库|数据|记录|信息|明细|资料|台账|档案|名册)';
const RIGHT_HEAD = '(?:运营权|经营权|使用权|权利|权益|权限|授权|资格)';
// The head ends the phrase: "上述数据产品", "上述数据的统计结果", "上述授权范围" point at something else.
const NOT_THE_END = '(?!的?(?:产品|服务|成果|结果|报告|模型|接口|平台|系统|分析|统计|目录|清单|标准|安全|范围|期限|期间|质量|需求|资源|项|集|库|表|字段|书|协议|方|单位|主体|内|中))';
const BACK = new RegExp(`${POINTER}的?([\\u4e00-\\u9fff]{0,4}?(?:${RECORD_HEAD}|${RIGHT_HEAD}))${NOT_THE_END}`, 'g');
const QUICK = new RegExp(POINTER);
const IS_RIGHT = new RegExp(`${RIGHT_HEAD}$`);
const HEAD = new RegExp(`(?:${RECORD_HEAD}|${RIGHT_HEAD})$`);

/** How many sentences back a pointer may reach: the one before and the one before that. */
const REACH = 2;

/**
 * `sentence` with each phrase pointing back replaced by the name of the raw data, restorable thing or grant the nearest
 * of `before` (earlier sentences, nearest last) names, when its head is of that kind; otherwise `sentence` itself.
 */
export function withAntecedents(sentence: string, before: readonly string[], g?: Glossary): string {
  if (!QUICK.test(sentence) || before.length === 0) return sentence;
  const recent = before.slice(-REACH).reverse();
  return sentence.replace(BACK, (all: string, noun: string, at: number) => {
    // Named earlier in its own sentence ("形成标准化数据集，该数据集保留每条原始记录"): the pointer means that.
    const head = HEAD.exec(noun)![0];
    if (sentence.slice(0, at).includes(head)) return all;
    const right = IS_RIGHT.test(noun);
    for (const s of recent) {
      const thing = named(s, noun, right, g);
      if (thing !== null) return thing;
    }
    return all;
  });
}

/**
 * What `s` names that a pointer of its kind means: the name of the raw data, restorable thing or grant, or of the product
 * or result it names instead (then read as that, not as data of no kind); null when it names none of the kind.
 */
function named(s: string, noun: string, right: boolean, g?: Glossary): string | null {
  if (right) {
    const o = objectOf(s, g);
    return o?.kind === 'grant' ? o.text : null;
  }
  // By what it names last: the records ("调用原始记录开展建模分析"), or a thing made from them ("对其加工，形成统计指标").
  const raw = lastRawMention(s);
  const made = lastMade(s);
  if (raw && raw.at > (made?.at ?? -1)) return raw.text;
  if (made) return made.text;
  const o = objectOf(s, g);
  if (o?.kind === 'raw' || o?.kind === 'restorable') return o.text;
  // A result named by its head ("汇总统计数据": 统计) is read with the pointer's noun: "统计数据".
  return o?.kind === 'derived' ? o.text + noun : null;
}
