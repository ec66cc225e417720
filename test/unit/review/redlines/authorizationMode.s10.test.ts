import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * Authorization-mode readings built on the tenth clause bank's odd failures (session 15). Every text is written for this
 * test, worded apart from the bank; each class has near misses that must stay quiet.
 */
describe('authorization_mode s10: every scenario, whatever it is called', () => {
  it('all or any scenarios qualified only by being lawful or possible fires', () => {
    expectRaised('authorization_mode', [
      '乙方可将授权数据用于任何合法合规的应用场景。',
      '授权数据可服务于乙方提出的所有合规场景。',
      '甲方同意乙方在各类可能的场景中使用授权数据。',
    ]);
  });
  it('near misses: a duty over every scenario, the scenarios the grant lists', () => {
    expectQuiet('authorization_mode', [
      '乙方在任何场景中使用授权数据，均应当遵守数据安全要求。',
      '乙方仅可在附件所列的两个合法应用场景中使用授权数据。',
      '授权数据不得用于任何未经批准的应用场景。',
    ]);
  });
});

describe('authorization_mode s10: the grant not bounded by a scenario', () => {
  it('a grant said not to be limited or bound by a scenario fires', () => {
    expectRaised('authorization_mode', [
      '本次授权不以特定场景为限，乙方可根据市场需求开展开发利用。',
      '乙方使用授权数据不局限于具体应用场景。',
      '授权运营不受既定场景约束。',
    ]);
  });
  it('near misses: the grant bounded by its scenario', () => {
    expectQuiet('authorization_mode', [
      '本次授权以附件所列应用场景为限，乙方不得超出场景使用数据。',
      '乙方使用授权数据应当局限于具体应用场景。',
      '授权运营受约定场景约束，新增场景另行授权。',
    ]);
  });
});

describe('authorization_mode s10: the scenario list the operator may change', () => {
  it('a scenario list the operator may adjust as it needs fires', () => {
    expectRaised('authorization_mode', [
      '授权场景以附件三为准，附件三可由乙方视业务需要进行调整。',
      '应用场景清单为初步清单，乙方可根据市场情况增减。',
      '场景目录（试行，运营机构可根据实际需要更新）。',
    ]);
  });
  it('near misses: the list changed by the grantor or by a new grant', () => {
    expectQuiet('authorization_mode', [
      '授权场景以附件三为准，附件三需调整的，由甲方另行组织授权。',
      '应用场景清单由甲方根据评估结果调整，乙方不得自行增减。',
      '场景目录的调整应当经甲方审批并另行签订授权协议。',
      '授权场景内的产品功能，乙方可根据用户需要调整。',
    ]);
  });
});

describe('authorization_mode s10: scenarios the operator picks, or stretched by likeness', () => {
  it('scenarios picked or grown by the operator, or any like the listed ones, fire', () => {
    expectRaised('authorization_mode', [
      '运营机构可在目录范围内自行挑选数据并设计应用场景。',
      '自第二年起，乙方结合市场反馈自主培育新的应用场景。',
      '授权数据可用于附件一所列场景及与其相近的其他场景。',
    ]);
  });
  it('near misses: scenarios picked by the grantor, like ones kept out', () => {
    expectQuiet('authorization_mode', [
      '应用场景由甲方组织论证后确定，乙方不得自行挑选。',
      '授权数据不得用于与附件一所列场景相类似的其他场景。',
      '乙方应当在附件一所列场景内使用授权数据，相关的其他场景另行授权。',
    ]);
  });
});

// Written after the merge (session 15): real plans invite the operator to propose scenarios that are then approved and
// granted one by one; the operator-picks reading had raised them.
describe('authorization_mode s10: a scenario the operator proposes, then approved or granted on its own', () => {
  it('scenarios the operator picks or grows with nothing after fire', () => {
    expectRaised('authorization_mode', [
      '运营机构可结合业务发展自主挖掘应用场景并直接开展开发利用。',
      '乙方可以自行选定应用场景，甲方予以配合。',
    ]);
  });
  it('near misses: each proposed scenario approved or granted anew', () => {
    expectQuiet('authorization_mode', [
      '运营机构可自主孵化新的应用场景，经市数据局审核同意后纳入场景清单，并另行签订授权运营协议。',
      '鼓励运营机构自主培育创新场景，成熟场景按程序申请授权。',
      '运营机构可自主选取数据并提出应用场景，报市数据局审核，审核通过后按照一场景一授权签订协议。',
    ]);
  });
});
