import { describe, expect, it } from 'vitest';
import { misreadYielding, sample, type Choice } from '../../../helpers/grammar';

/**
 * The pricing red line's grammar (Chongqing 29, Hebei 28, 发改价格〔2025〕65号: public-governance and public-welfare
 * uses are free; paid 产业/行业 uses stay under a 政府指导价 ceiling built on cost), written from the rules and from how
 * drafters write a charge, not from a bank: who charges, the public user and the public use, the modality (plain,
 * conditioned, a ban with an approval exception, the user's duty to pay), the charge's words, and the sentence's shape;
 * and the price set outside the ceiling (by the operator alone, by the market, raised at will). Near misses over the
 * same slots: public uses free, paid industry uses under the guided price, bans without exception, the rule quoted,
 * definitions, adjustments approved by the price authority.
 */

const WHO = ['乙方', '运营机构', '运营单位', '被授权方', '授权运营单位', '某某数据集团有限公司', '乙方及其子公司', '运营方'];
const PUBLIC_USER = ['政府部门', '党政机关', '各级行政机关', '公共管理和服务机构', '事业单位', '应急管理部门', '街道社区', '公立医院、学校等公益性单位', '各级政府及其部门', '公益性组织'];
const PUBLIC_USE = ['公共治理', '公益事业', '公共服务', '政务服务', '社会治理', '应急处置', '城市管理', '公共治理和公益事业', '民生保障等公益'];
const MODAL = [
  '可',
  '可以',
  '有权',
  '得',
  '享有{x}的权利，并可',
  '经甲方书面同意后可',
  '报甲方备案后可',
  '在保障数据安全的前提下可',
  '视需要',
  '自行决定是否',
];
const CHARGE = [
  '收取费用',
  '有偿提供',
  '按市场价格收费',
  '收取服务费',
  '收取数据使用费',
  '按调用次数计费',
  '收取运营服务费',
  '按双方协商的价格收费',
  '收取合理费用',
  '收取技术服务费',
  '按年收取订阅费',
];

// ---- breach shapes: a public use charged ----
const CHARGED = { who: WHO, user: PUBLIC_USER, use: PUBLIC_USE, modal: MODAL, charge: CHARGE, shape: ['active', 'topic', 'to', 'cond', 'rel', 'passive', 'ban', 'duty', 'table'] };
const m = (modal: string, use: string) => modal.replace('{x}', `就${use}类服务收费`);
const charged = (c: Choice<typeof CHARGED>) =>
  ({
    active: `${c.who}${m(c.modal, c.use)}向${c.user}提供用于${c.use}的数据产品和服务，并${c.charge}。`,
    topic: `对于${c.user}用于${c.use}的数据需求，${c.who}${m(c.modal, c.use)}${c.charge}。`,
    to: `${c.who}向${c.user}提供${c.use}类数据服务的，${m(c.modal, c.use)}${c.charge}。`,
    cond: `${c.user}因${c.use}需要调用数据产品。对此类调用，${c.who}${m(c.modal, c.use)}${c.charge}。`,
    rel: `${c.who}可以收费的服务包括面向${c.user}的${c.use}类数据服务，具体为${c.charge}。`,
    passive: `${c.user}用于${c.use}的数据产品，由${c.who}${m(c.modal, c.use)}${c.charge}。`,
    ban: `${c.who}向${c.user}提供${c.use}服务原则上不收费，确需${c.charge}的，经甲方批准后可以${c.charge}。`,
    duty: `${c.user}使用数据产品用于${c.use}的，应当向${c.who}支付服务费用，${c.who}据此${c.charge}。`,
    table: `服务事项：面向${c.user}的${c.use}类数据服务；收费方式：${c.who}${c.charge}。`,
  })[c.shape]!;

// ---- breach shapes: a price set outside the guided price ----
const FREE_PRICE = [
  '自主定价',
  '根据市场供求情况自行确定价格',
  '按照市场化原则自行定价',
  '与使用方协商确定价格，不受政府指导价限制',
  '自行制定收费标准',
  '参照市场价格自主确定收费标准',
  '根据经营需要随时调整价格',
  '自主调整收费标准，无需报批',
  '在政府指导价基础上自行上浮定价',
  '按照市场行情确定价格，价格上浮不设上限',
  '依据数据产品的市场价值自行确定价格',
  '自行决定数据产品价格',
];
const PRICED = { who: WHO, how: FREE_PRICE, modal: ['可', '有权', '可以', '得', '经甲方同意后可', '享有{x}的权利，可'], shape: ['by', 'modal', 'topic', 'table', 'rel', 'pass'] };
const priced = (c: Choice<typeof PRICED>) =>
  ({
    by: `数据产品和服务的价格由${c.who}${c.how}。`,
    modal: `${c.who}${c.modal.replace('{x}', '定价')}${c.how}。`,
    topic: `对于面向产业发展、行业发展的数据产品，${c.who}${c.modal.replace('{x}', '定价')}${c.how}。`,
    table: `定价方式：${c.who}${c.how}。`,
    rel: `${c.who}提供的数据产品和服务，其价格由${c.who}${c.how}。`,
    pass: `数据产品价格交由${c.who}${c.how}。`,
  })[c.shape]!;

// ---- near misses ----
const FREE = [
  '应当无偿提供',
  '应免费提供',
  '不得收取任何费用',
  '不收取费用',
  '一律免费',
  '原则上无偿提供',
  '应当免费开放',
  '不得以任何名义收费',
];
const FREE_PUBLIC = { who: WHO, user: PUBLIC_USER, use: PUBLIC_USE, free: FREE, shape: ['active', 'topic', 'to', 'passive'] };
const freePublic = (c: Choice<typeof FREE_PUBLIC>) =>
  ({
    active: `${c.who}向${c.user}提供用于${c.use}的数据产品和服务，${c.free}。`,
    topic: `对于${c.user}用于${c.use}的数据需求，${c.who}${c.free}。`,
    to: `${c.who}向${c.user}提供${c.use}类数据服务的，${c.free}。`,
    passive: `${c.user}用于${c.use}的数据产品，由${c.who}${c.free}。`,
  })[c.shape]!;
const INDUSTRY_USE = ['产业发展', '行业发展', '产业发展、行业发展', '企业经营', '商业化应用', '金融机构授信'];
const GUIDED = [
  '按照政府指导价收取公共数据运营服务费',
  '在政府指导价范围内与使用方协商确定具体价格',
  '按照价格主管部门核定的收费标准收费',
  '在不超过政府指导价上限的前提下确定收费标准',
  '按照"经营成本+准许利润+税金"核定的价格收费',
  '执行经价格主管部门批准的政府指导价',
  '按照成本监审结果和政府指导价收取服务费',
  '在政府指导价规定的浮动幅度内确定价格',
];
const PAID_INDUSTRY = { who: WHO, use: INDUSTRY_USE, modal: ['可', '可以', '有权', '经甲方同意后可', '应当'], guided: GUIDED, shape: ['a', 'b', 'c'] };
const paidIndustry = (c: Choice<typeof PAID_INDUSTRY>) =>
  ({
    a: `用于${c.use}的数据产品和服务，${c.who}${c.modal}${c.guided}。`,
    b: `${c.who}向企业提供用于${c.use}的数据服务的，${c.modal}${c.guided}。`,
    c: `对于${c.use}类需求，${c.who}${c.modal}${c.guided}，用于公共治理、公益事业的不收费。`,
  })[c.shape]!;
const OTHER_NEAR = {
  who: WHO,
  how: [
    '{who}不得向{user}收取任何费用',
    '{who}不得超出政府指导价收费，不得自行定价',
    '根据《关于建立健全公共数据资源开发利用价格形成机制的通知》，用于{use}的公共数据产品和服务不收费',
    '本协议所称{use}用途，是指{user}履行法定职责所需的数据使用，该类使用不收费',
    '{who}调整收费标准的，应当报甲方审核并经价格主管部门批准后执行',
    '{who}应公开数据产品价格和产品清单，价格执行政府指导价',
    '甲方根据成本监审结果，报价格主管部门核定收费标准',
    '{who}应当保障{user}用于{use}的数据需求，并确保数据安全',
    '{who}不得以市场价格向{user}收费，不得自主定价',
    '{who}对{user}用于{use}的需求，应优先保障并免费提供',
    '价格主管部门制定政府指导价，{who}严格执行',
    '严禁{who}对{use}类服务收费或者变相收费',
  ],
  user: PUBLIC_USER,
  use: PUBLIC_USE,
};
const otherNear = (c: Choice<typeof OTHER_NEAR>) => `${c.how.replace(/\{who\}/g, c.who).replace(/\{user\}/g, c.user).replace(/\{use\}/g, c.use)}。`;

// One test per shape, so a worker answers the runner between them (a long synchronous run times its RPC out).
const charges = sample(CHARGED, 230, 1).map((c) => [c.shape, charged(c)] as const);
const breaches: [string, string[]][] = [
  ...CHARGED.shape.map((shape): [string, string[]] => [`a public use charged (${shape})`, charges.filter(([s]) => s === shape).map(([, t]) => t)]),
  ['a price set outside the guided price', sample(PRICED, 100, 2).map(priced)],
];
const nearMisses: [string, string[]][] = [
  ['public uses free', sample(FREE_PUBLIC, 75, 3).map(freePublic)],
  ['paid industry uses under the guided price', sample(PAID_INDUSTRY, 65, 4).map(paidIndustry)],
  ['bans, the rule quoted, definitions, approved adjustments', sample(OTHER_NEAR, 75, 5).map(otherNear)],
];

// Read wrong by the engine today, each for a reason a mechanism does not reach (the test asserts exactly these fail).
// None now: a consent that only lets the operator price on its own ("经甲方同意后可自行确定价格") approves no price
// (priceApproval.ts CONSENT_TO_SELF; the guided price is the price authority's to set, Hebei art. 28).
const KNOWN_UNREAD: string[] = [];

describe('pricing grammar: breaches', () => {
  for (const [shape, texts] of breaches) {
    it(`fires on ${shape}`, async () => {
      expect((await misreadYielding('pricing', texts, true)).filter((t) => !KNOWN_UNREAD.includes(t))).toEqual([]);
    });
  }
  it('known unread combinations stay listed only while read wrong', async () => {
    expect(await misreadYielding('pricing', KNOWN_UNREAD, true)).toEqual(KNOWN_UNREAD);
  });
});

describe('pricing grammar: near misses', () => {
  for (const [shape, texts] of nearMisses) {
    it(`stays quiet on ${shape}`, async () => {
      expect(await misreadYielding('pricing', texts, false)).toEqual([]);
    });
  }
});

describe('a consent that lets the operator price on its own', () => {
  it('fires: the price is still the operator’s', async () => {
    expect(await misreadYielding('pricing', ['乙方经甲方同意后可根据市场供求情况自行确定价格。', '运营单位经甲方同意后可根据经营需要随时调整价格。', '经甲方书面同意，乙方可以自主定价。'], true)).toEqual([]);
  });
  it('stays quiet where a price is what the grantor or the price authority approves', async () => {
    expect(
      await misreadYielding('pricing', ['产业发展类产品收费标准由乙方拟定，经甲方同意后执行。', '经甲方同意后，乙方可自行测算价格，并报市发展改革委核定后执行。', '乙方自行测算成本，提出价格建议，报甲方会同价格主管部门核定后执行。', '产业类产品价格由乙方自行确定，报甲方审核同意后执行。'], false),
    ).toEqual([]);
  });
});
