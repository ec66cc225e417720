// The words a price reader is built from, shared by priceSetting.ts (who sets the price) and priceApproval.ts (who
// approves it, and a change spared approval).

// 按 before a period says how often ("按日发布价格指数"); prices a product reports on ("价格指数", "成交价格走势") are its subject.
export const EVERY_PERIOD = '[日月周季年天旬时](?!度)';
export const PRICE_AS_SUBJECT = '指数|监测|信息|数据|走势|波动|行情|变化|趋势|预警|分析';
// Prices as the field a body oversees ("做好价格和市场秩序监管", "价格监督检查", "价格执法"): the matter watched, no price paid.
export const PRICE_OVERSEEN = '(?:(?:和|与|及|、)[\\u4e00-\\u9fff]{0,6}?)?(?:监管|监督|执法|检查|秩序|违法)';

// The terms of the guided price are the price too: "准许利润由运营机构自行核定".
export const PRICE_OBJ = '(?:价格|收费标准|收费|定价|报价|费率|利润率|收益率|价款|服务费|计费标准|(?:计费|收费|服务|产品|调用)单价|准许利润|准许收入)';

// A price the market regulates (市场调节价) is one the operator sets; 订定 is 制定 in traditional drafting. The loan
// market's quoted rate (贷款市场报价利率, LPR) is a benchmark a profit rate is pegged to, not a market price.
// A price of its own making named as a noun is the same: "按照自定价格对外收费", "自主报价".
// The going market rate is no price anybody fixed: "随行就市", "按照市场行情另行收取".
// A price the operator may change at will is its own too: "根据经营需要随时调整价格", "可任意上调收费标准".
// So is one based on a market benchmark: "以……交易所挂牌的同类产品上一季度成交均价为基准价".
// A market price a product or a standard reports on is its subject, not the price: "价格指数编制参照《农产品批发市场价格指数编制规范》".
export const SELF = new RegExp(`(?:自主|自行|自己|独立|单方)(?:确定|决定|制定|制订|订定|设定|调整|定价|测算|拟定|核定|报价)|(?:随时|任意|随意)(?:调整|变更|上调|调价|提价)|自定(?:的)?(?:价格|价|收费标准|标准|费率)|市场调节价|自主定价|自行定价|(?<=^|[：:，,由])(?:乙方|运营机构|授权运营机构|运营方)(?:自主|自行|单方)?定价(?![^，。；]{0,2}(?:的|应|须|必须|不得))|市场化(?:原则|方式)?定价|(?:按照?|依照|根据)市场化?(?:原则|方式)(?:编制|制定|制订|拟定)|按照?市场(?:化)?(?:原则|价格|行情)?定价|按照?[“"]市场(?:价格|行情|价)[^，。；“”"]{0,10}[”"](?:原则|方式|模式)?定价|市场(?:均价|价格|平均价格?|行情价)(?:的)?基础上(?:上浮|加价|加成|溢价|上调)|(?:成交均价|成交价格?|挂牌价格?|市场均价|市场平均价格?|同类产品(?:的)?(?:市场)?(?:平均)?价格)[^，。；]{0,4}?为(?:基准价?|基础价?|定价基准|定价基础|参考价?)|随行就市|(?:按照?|依照|根据)[“"]?[^，。；”"]{0,16}?市场(?:平均)?(?:成交)?(?:均价|价格)(?!格?(?:${PRICE_AS_SUBJECT}))[^，。；]{0,12}?(?:确定|定价|计价|核定|为准)|(?:采取|采用|通过)(?:公开)?竞价(?:方式)?(?:交易|确定价格|定价|向|提供|出售|销售)|成交价(?:格)?(?:即)?(?:为|作为)(?:产品)?(?:价格|售价)|(?:按照?|依照|参照|根据)市场行情|协商(?:确定|定价|一致)|参照[^，。；]{0,20}?(?:(?:市场(?:价格?|均价|平均价格?|行情价|成交价格?)|公开报价|市场报价(?!利率)|对外报价)(?!格?(?:${PRICE_AS_SUBJECT}))|同类(?![^，。；]{0,6}?价格?(?:${PRICE_AS_SUBJECT})))`);

/**
 * A guided price that governs the sentence: executed, followed, or a ceiling kept ("在政府指导价上限内协商确定"), the
 * ceiling also named as such ("在不高于上限收费标准的范围内自主确定").
 */
export const GUIDANCE = /(?:政府|政务)?指导(?:价|定价)|核定(?:的)?(?:价格|最高限价)|政府定价|(?:价格主管|发展改革|发改)部门(?:公布|核定|制定|确定)的/;
export const GUIDANCE_APPLIES = /(?:执行|实行|按照?|依照|参照|适用|以内|之内|范围内|不超过|不得高于|不高于|不得超过|不应超过|不能超过|不得突破)[^，。；]{0,20}?(?:(?:政府|政务)?指导(?:价|定价)|核定|公布的|(?:上限|最高)(?:收费)?(?:标准|价格|限价|价))|(?:指导价|核定价格|最高限价)[^，。；]{0,8}?(?:以内|之内|范围内|上限内|区间内|幅度内|限度内|为上限)/;

export const DRAFT_VERB = '(?:拟定|拟订|编制|提出|起草|测算|制定|制订)';

export const PRICE_PAPER = `(?:${PRICE_OBJ.slice(3, -1)}|价格方案|定价方案|收费方案|定价建议|价格建议|价格表)`;
