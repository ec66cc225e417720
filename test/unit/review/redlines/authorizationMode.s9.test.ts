import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Readings of the authorisation mode built from the ninth bank's odd failures (session 14), on text
 * written for this test, each with near misses that must stay quiet.
 */
const framed = (kind: 'agreement' | 'plan') => (t: string) => `${kind === 'plan' ? '某场景公共数据授权运营实施方案' : '某场景公共数据授权运营协议'}\n${t}`;
const check = (redline: string, ruleset: string, kind: 'agreement' | 'plan', fire: string[], quiet: string[]) => {
  expectRaised(redline, fire, { ruleset, kind, doc: framed(kind) });
  expectQuiet(redline, quiet, { ruleset, kind, doc: framed(kind) });
};

describe('mode: a two-column table of items and contents read as item: content', () => {
  it('fires when a row leaves the scenarios open, not when it names one', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      ['| 事项 | 约定 |\n| 授权期限 | 三年 |\n| 授权场景 | 不作限定 |', '| 要素 | 内容 |\n| 数据 | 交通出行数据 |\n| 应用场景 | 各类应用场景 |'],
      ['| 事项 | 约定 |\n| 授权期限 | 三年 |\n| 授权场景 | 公交线网优化 |', '| 要素 | 内容 |\n| 应用场景 | 停车诱导 |\n| 收费 | 不限 |'],
    ));
});

describe('mode: scenarios no longer told apart', () => {
  it('fires when the grant does not distinguish scenarios, not when the operator must', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      [
        '第七条 乙方统一运营本市政务数据，不再按应用场景区分授权。',
        '第七条 运营机构可将授权数据用于各业务领域，不分应用场景。',
        '第七条 本协议授权不再区分具体应用场景。',
        '第七条 授权数据无论用于何种应用场景，均无需另行申请。',
      ],
      [
        '第七条 乙方应当区分应用场景分别建立运营台账。',
        '第七条 不同应用场景的数据产品应当分别定价，不得混同。',
        '第七条 甲方按应用场景逐一授权，不再区分数据来源部门。',
        '第七条 无论何种应用场景，乙方均应遵守数据安全规定。',
      ],
    ));
});

describe('mode: a scenario that runs on to whatever relates to a field', () => {
  it('fires on "X及相关…" as the scenario and any product tied to a field, not on products of the scenario', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      [
        '第四条 授权场景为“智慧文旅及相关产业”。',
        '第四条 本次授权的应用场景：城市交通出行及相关延伸服务。',
        '第四条 乙方可以开发与医疗健康、养老服务相关的各类数据产品。',
        '第四条 授权场景为“普惠金融”，乙方可据此开发与金融服务有关的各类数据产品。',
      ],
      [
        '第四条 授权场景为“公交线网优化”，乙方可开发与该场景相关的数据产品。',
        '第四条 乙方可以开发与本协议约定场景有关的各类数据产品。',
        '第四条 授权场景为“不动产登记信息核验”，涉及的相关数据由甲方提供。',
        '第四条 乙方不得开发与授权场景无关的各类数据产品。',
        // A scenario's own services stay inside it.
        '第四条 授权场景为智慧停车及相关增值服务。',
        '第四条 授权场景为普惠金融信贷及相关服务。',
      ],
    ));
});

describe("mode: a level's whole data granted as an operation right", () => {
  it('fires when the right is over all of a level\'s data, not over part of it or for a scenario', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      [
        '第三条 甲方赋予乙方对省级政务数据的开发利用权，乙方可据此开展产品开发。',
        '第三条 授权内容：将区级公共数据交由运营机构运营。',
        '第三条 本协议授权乙方运营市级政务数据资源，开展数据加工和市场化服务。',
      ],
      [
        '第三条 甲方授予乙方对市级公共数据中交通出行数据的运营权，用于公交线网优化场景。',
        '第三条 甲方授予乙方对“医保商保快赔”场景所需市级公共数据的运营权。',
        '第三条 甲方不授予乙方对市级公共数据的运营权。',
        // A granting verb negated governs its whole object, however long it is named.
        '第三条 甲方不授予乙方对市级公共数据的整体运营权。',
        '第三条 甲方不赋予运营机构对全市政务数据资源的统一开发利用权。',
        '第三条 乙方应当依法使用市级公共数据。',
      ],
    ));
});

describe("mode: what is made beyond the scenario deemed within this grant", () => {
  it('fires when a product beyond the scenario is deemed granted, not when it is refused or stays within', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      [
        '第八条 乙方在约定场景以外开发的数据产品，视为本协议授权事项。',
        '第八条 本方案以城市停车为首个场景，运营机构拓展的其他场景视为属于本方案授权范围。',
        '第八条 运营机构在首批场景以外延伸开发的产品，视为本协议约定的授权内容，适用本协议条款。',
      ],
      [
        '第八条 乙方在约定场景以外开发的数据产品，不视为本协议授权事项，须另行申请授权。',
        '第八条 乙方在本场景内开发的数据产品，视为本协议授权事项。',
        '第八条 新增场景的，应当另行签订协议，不得视为本协议授权范围。',
      ],
    ));
});

describe('mode (even failures): data used for any kind of product, and a list closed by "及其他…场景"', () => {
  it('fires on an open use or a catch-all after the listed scenarios, not on uses within the scenario or a closed list', () =>
    check(
      'authorization_mode',
      'hebei',
      'agreement',
      [
        '第八条 乙方可以将授权数据用于其业务范围内的各类产品开发。',
        '第八条 运营机构可将上述数据用于各类商业化应用。',
        '第四条 授权场景：医保结算、商保理赔以及其他经甲方同意的场景。',
        '第四条 授权场景为公交调度、停车诱导及其他相关场景。',
      ],
      [
        '第八条 乙方可以将授权数据用于本场景下的各类数据产品开发。',
        '第八条 乙方不得将授权数据用于各类营销推广。',
        '第四条 授权场景：医保结算、商保理赔，不包括其他场景。',
        '第四条 授权场景：医保结算、商保理赔；其他场景应当另行签订授权运营协议。',
      ],
    ));
});
