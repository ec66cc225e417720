import { describe, it } from 'vitest';
import { expectQuiet, expectRaised } from '../../../helpers/redlineCase';

/**
 * A class read from sub_authorization-s18 (written blind in session 22, opened in session 23): the operator signing or
 * issuing a further tier's instrument (子授权书, 二级授权协议, 再授权书), whoever signed with the grantor before it in the
 * sentence. Every text is written for this test; near misses must stay quiet.
 */
const RL = 'sub_authorization';

describe('the operator signing or issuing a further tier’s instrument', () => {
  it('fires', () => {
    expectRaised(RL, [
      '乙方可向经其认证的渠道伙伴签发《场景运营子授权书》，子授权期限不得超过本协议剩余期限。',
      '联合体中选后，由牵头人与实施机构签订授权运营协议，再由牵头人与各成员分别签订二级授权协议。',
      '运营机构可以为入驻平台的开发商出具《场景运营再授权书》，开发商据此独立开展交通数据运营。',
      '甲方与乙方签订授权运营协议后，乙方可与各区县服务商分别订立三级授权运营合同。',
    ]);
  });
  it('a prohibition, the grantor’s own tier, a product licence stay quiet', () => {
    expectQuiet(RL, [
      '乙方不得向合作伙伴签发子授权书。',
      '甲方与乙方签订二级授权协议。',
      '运营机构应当向用户出具数据产品授权使用书。',
    ]);
  });
});
