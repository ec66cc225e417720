// The phrases raw data leaves by (split from rawDataExport.ts along the reading: the file had passed 400 lines): what
// raw data is called, the verbs it leaves by, the places outside the platform, and the phrase patterns tried on a
// sentence the clause parse did not decide. rawDataExport.ts reads them.
import { DATA_PRODUCT, RAW_NOUN, SOURCE_DATA } from '../clauseObjects';

// A sample of the records for training is records too ("模型的训练样本集"), not a synthetic one.
// 源数据 only as a word of its own (SOURCE_DATA).
// A person's details are records too: "个人信息明细".
// The whole dataset packed as one ("不动产登记全量数据包") is the records, and so are details kept by holder ("按户号、按月的用电量
// 明细").
export const RAW = `(?:${RAW_NOUN}|全量(?:[\\u4e00-\\u9fff]{0,2})?(?:数据包|数据集|数据库|库表)|数据原样|原样数据|原样副本|${SOURCE_DATA}|明细数据|明细记录|(?:个人|自然人)(?:身份)?(?:信息)?明细|(?<!合成|模拟|虚拟|仿真)(?:训练)?样本(?:数据)?集|训练样本|按(?:户号|户|人|账号|证件号码?|身份证号码?)[、，,]?[^，。；]{0,16}?明细|(?:逐月|逐日|按月|按日|逐户|逐人)(?:(?!核对|核查|检查|审核|比对|校验)[^，。；]){0,10}?明细)`;
export const OUT = '(?:导出|汇出|下载|拷贝|复制|交付|出域|传输|传送|发送|推送|开放|转售|出售|销售|售卖|共享|分享|提供|披露|交易|带离|外发|挂牌|输出|返回|回传|传出|送出|外传)';
const OTHER = '(?:合作方|使用方|用户|开发利用机构|第三方|需求方|调用方|客户|金融机构|子公司|关联公司|数据商)';
/** What is built on the data, not the data: handing it to any system is no release. */
const NOT_DATA = `${DATA_PRODUCT}|成果|结果|模型|报告|统计|指数|接口|服务|日志|目录|清单`;
/**
 * Systems of the operator or another party, outside the platform (a 前置机 in the operator's own room is one too; a partner's
 * computing cluster, "合作单位的流计算集群", a server a user provides or a warehouse, "存放于数据使用方提供的服务器", too).
 */
export const PLACE =
  // Another body's platform too: "同步至合作省份数据平台".
  // A party's side is its facilities: "在运营机构侧落地存储".
  '(?:(?:乙方|运营机构|运营方|合作方|用户|客户|使用方|需求方)一?侧|' +
  '(?:自有|自建|自身|本地|外部|异地|上级|集团|其|各自|乙方|运营机构|运营单位|用户|客户|使用方|需求方|经营主体|市场主体|开发利用机构|第三方|合作(?:方|伙伴|省份|省市|地区|城市|单位|机构|银行|企业)|成员)[^，。；]{0,12}?' +
  '(?:算力中心|机房|服务器|数据湖|数据中心|灾备中心|备份中心|研发中心|数据库|前置机|存储设备|云平台|私有云|系统|本地环境|研发环境|开发环境|测试环境|运营平台|数据平台|数据仓库|数仓|集群|计算节点)' +
  // Places outside whoever owns them: abroad, the internet's storage, a removable medium, anywhere off the platform
  // ("迁移至境外", "转存至互联网云存储", "备份至移动存储介质", "传输至公共数据平台以外的环境").
  '|境外|互联网|公有云|云存储|云盘|网盘|移动存储|移动硬盘|(?:公共数据)?平台(?:以外|之外|外部)的?(?:系统|环境|服务器|存储)?)';

export const PATTERNS = [
  // Turned back by another name too: "将产品中的特征编码逆向转换为原始明细记录".
  // Not a description of what is forbidden or defined: "能够还原原始数据的产品", "可逆还原原始数据的数据产品", "可还原原始
  // 数据的结果不得导出", "可还原原始数据的中间结果一律留存系统内".
  `(?<t>还原出|还原为|还原成|还原|恢复出|恢复为|恢复|(?:逆向|反向)(?:转换|解析|映射|解码)(?:为|成|回)?)[^，。；]{0,6}?(?:原始|明细|个人|身份|真实|原值)(?![^，。；]{0,10}?的(?:中间|衍生|过程|加工)?(?:数据产品|产品|服务|模型|算法|数据|结果|成果|内容|文件|报告))`,
  // Something handed over whose content is said to be raw data: "以加密移动硬盘形式交付客户，内容为原始登记簿数据".
  `(?<t>${OUT})[^。；]{0,30}?[，,](?:其|所含)?(?:内容|数据内容|数据)(?:为|是|系|包括)[^，。；]{0,8}?${RAW}`,
  // Raw data handed over as files a user keeps: "……以接口调用、报告或者文件方式交付使用方，使用方可在其自有系统中存储".
  `${RAW}[^。；]{0,40}?(?:文件|离线|硬盘|光盘|U盘|拷贝)[^，。；]{0,6}?(?:方式|形式)?[^，。；]{0,4}?(?<t>交付|提供|传输|推送|发送)`,
  // Or the way of handing it over named after it, as a form's fields do: "……全量数据包”，……交付方式“离线拷贝”", a table's
  // column too ("……明细（保留户号） | 数据集文件下载").
  `${RAW}[^。]{0,60}?(?:提供|交付)(?:方式|形式)[：:]\\s*[^，。；]{0,8}?(?<t>文件下载|离线下载|批量下载)`,
  // Or the way of handing it over named after it, as a form's fields do: "……全量数据包”，……交付方式“离线拷贝”".
  `${RAW}[^。；]{0,60}?(?<t>离线(?:拷贝|交付|传输|提供)|(?:移动硬盘|硬盘|光盘|U盘)(?:拷贝|交付))`,
  // Raw data, the subject, allowed out of the platform: "（样本数据集）经审核后可以导出平台" (a heading line too).
  // Not raw data named in a risk ("确认不存在……还原原始数据风险的，方可导出平台"), nor stripped first ("……含有原始交易
  // 流水的，应当删除相关字段后方可导出").
  // Nor said to be outside what may go ("原始数据不在可申请导出之列").
  `${RAW}(?![^，。；]{0,4}?(?:风险|隐患))(?:(?!${NOT_DATA}|删除|剔除|去除|不在|不属于|不列入|不纳入)[^。；]){0,16}?(?:可以|可|允许|准予)[^，。；]{0,4}?(?<t>导出|出域|带离|下载|拷贝)`,
  // Raw data deemed a product and let out: a name changes nothing ("……的数据，视为数据产品，可以导出平台").
  `${RAW}[^。；]{0,24}?(?:视为|视同|作为|认定为)[^，。；]{0,8}?(?:产品|成果)[^。；]{0,8}?(?:可以|可|允许|准予)[^，。；]{0,4}?(?<t>${OUT})`,
  // The data granted opened for download by default: "授权数据默认开放下载".
  `(?:${RAW}|授权数据|公共数据)[^，。；]{0,6}?默认(?:开放|开通|提供|允许|支持)?(?<t>下载|导出|拷贝|复制)`,
  // A mirror kept outside the platform.
  `(?<t>部署|建立|建设|设立|搭建)[^，。；]{0,16}?(?:镜像库|镜像|副本库|备份库)`,
  // Personal fields returned in clear: "接口以明文形式返回姓名、身份证号码、住址等原始字段".
  `(?:可以|可|允许|准予)(?<t>${OUT})的(?:(?!基于|利用|依托|依据|根据|不含|不包含|不包括|不涉及|剔除|去除)[^，。；]){0,4}?${RAW}`,
  `明文(?:形式|方式)?(?<t>返回|回传|输出|提供|传输|展示|交付)[^，。；]{0,20}?(?:${RAW}|身份证|姓名|手机号|住址)`,
  // Raw records handed out one by one: "可以按单个参保人输出其原始缴费记录" (not what is computed from them, nor what is
  // said to hold none: "导出的日志不含原始数据内容").
  // A verb of giving describing the records by who hands them in ("甲方提供的原始数据的权属归甲方") hands nothing out, unless
  // a modal lets it ("可以提供的原始数据包括……"); records already taken out ("已下载的原始数据") are out.
  `(?<t>${OUT})(?!(?<=提供|共享|分享|开放|交付|发布|公开|公布|推送|传输|给予|披露)的)(?:(?!基于|利用|依托|依据|根据|不含|不包含|不包括|不涉及|剔除|去除)[^，。；]){0,6}?${RAW}(?![^，。；]{0,8}?(?:的|之)?(?:统计|分析|产品|结果|报告|模型|质量|核查|调用|权限|目录|清单|样例说明|加工|形成|评分))(?!不出|不得出)`,
  // What may be handed over or moved, defined by a relative clause that lists raw data: "乙方可以提供给第三方的数据包括原始
  // 数据、数据产品等" (a prohibition of it is read negated).
  `(?<t>${OUT}|迁移|转存|备份)(?:给|至|予|到)[^，。；]{0,16}?的(?:数据|信息|内容)(?:范围)?(?:包括|包含|为|有)(?:(?!不含|不包括|不包含)[^，。；]){0,12}?${RAW}`,
  // A product allowed to carry raw records: "对外交付的数据产品中可以包含原始记录".
  `(?:产品|成果|数据集)[^，。；]{0,8}?(?<t>包含|含有|附带|附有|夹带)${RAW}`,
  // A user's right over the data it calls: "用户对其调用的公共数据享有下载、保存和向其客户再分发的权利".
  `${OTHER}[^。；]{0,20}?(?:公共数据|授权数据|原始数据)[^。；]{0,4}?(?:享有|具有|拥有|获得)[^，。；]{0,8}?(?<t>下载|导出|拷贝|再分发|转发)`,
  // Another party's right to obtain the records under what it bought: "需求方享有获取其所购数据产品底层明细数据的权利".
  `${OTHER}[^。；]{0,8}?(?:享有|具有|拥有)[^，。；]{0,4}?(?<t>获取|取得|下载|导出|调取)[^，。；]{0,16}?${RAW}`,
  // The data itself copied to systems outside the platform, the operator's or another's: "将授权数据集下载至其自有算力
  // 中心", "完整副本异地备份于乙方自建的灾备中心", "报送至其上级集团公司统一数据湖", "导出至乙方自有服务器".
  // Mirrored there too: "将原始流水镜像至合作单位的流计算集群".
  `(?:^|[，,；])(?:(?!${NOT_DATA})[^，。；])*?(?<t>下载|导出|拷贝|复制|同步|镜像|备份|推送|报送|传输|存储|存放|转存|另存|迁移)(?:至|到|于|进)[^，。；]{0,16}?${PLACE}`,
  // The verb before the data: "迁移未经脱敏的原始记录至境外", "下载原始数据到移动硬盘" (not a product moved so).
  `(?<t>下载|导出|拷贝|复制|同步|镜像|备份|传输|转存|另存|迁移)(?:(?!${NOT_DATA})[^，。；]){0,12}?(?:数据|记录|明细|数据集|库表|数据库)(?:(?!${NOT_DATA})[^，。；]){0,4}?(?:至|到)[^，。；]{0,16}?${PLACE}`,
  // The data put into a facility of the operator or another party, whoever puts it there (the data's holders too): "各数据
  // 提供单位通过前置机方式将数据部署至运营机构机房", "一次性归集至运营机构自建数据湖" (not a facility said to house the platform).
  `(?:^|[，,；])(?:(?!${NOT_DATA})[^，。；])*?数据(?:(?!${NOT_DATA})[^，。；])*?(?<t>部署|归集|汇聚|汇集|迁移|落地|导入|装载)(?:(?<=导入)|至|到|于|进|入)[^，。；]{0,16}?${PLACE}(?![^，。；]{0,8}?(?:平台|专区|沙箱|运营域|安全域))`,
  // The machine set up at the place first, then the data sent to it: "在经营主体机房部署数据前置机，将核验所需的授权数据字段每日同步
  // 至前置机".
  `在[^，。；]{0,4}?${PLACE}[^，。；]{0,6}?(?:部署|安装|架设|设置|放置)[^，。；]{0,8}?(?<m>前置机|服务器|存储设备|数据库)[，,](?:(?!${NOT_DATA})[^。；]){0,30}?数据(?:(?!${NOT_DATA})[^。；]){0,16}?(?<t>同步|推送|传输|复制|导出|拷贝|下发)(?:至|到)(?:该|上述|此)?[^，。；]{0,4}?\\k<m>`,
  // A standby kept in sync at a place of its own ("在其自有异地数据中心部署灾备节点，灾备节点与授权运营系统保持每日同步"): the data
  // is copied out every day.
  `在[^，。；]{0,4}?${PLACE}[^，。；]{0,8}?(?:部署|建设|设立|搭建)[^，。；]{0,6}?(?:灾备|备份|容灾)(?:节点|系统|中心|环境|库)[^。；]{0,20}?(?<t>同步)`,
  // Records handed over on a medium ("……确需使用明细数据的，经乙方审核……后，乙方可以按批次向其提供加密存储介质").
  `${RAW}[^。]{0,60}?(?:可以|可)[^，。；]{0,16}?(?<t>提供|交付|出借)[^，。；]{0,6}?(?:加密)?(?:存储介质|移动硬盘|硬盘|光盘|U盘)`,
  // An interface that returns every field held on a subject ("接口返回该企业在市场监管、税务、社保部门登记的全部字段信息"): the
  // records themselves.
  `(?:接口|查询)[^。；]{0,30}?(?<t>返回|输出)[^。；]{0,30}?(?:全部|所有|完整)(?:的)?(?:字段|登记信息|原始信息|明细)`,
  // Records worked on at a place of its own ("……抽取不超过10%的原始样本，在运营单位研发中心本地环境中开展模型训练").
  `${RAW}[^。；]{0,16}?[，,]?\\s*在[^，。；]{0,4}?${PLACE}[^，。；]{0,8}?(?<t>开展|进行)[^，。；]{0,4}?(?:训练|调优|分析|开发|加工|计算|建模)`,
  // A data set masked only in a few fields, the rest kept as they are, handed over ("脱敏数据集对姓名、身份证号码……作掩码处理，其余
  // 字段保留原值，按……场景打包交付"): the records themselves.
  `(?:其余|其他|其它|剩余)(?:的)?字段(?:均|一律)?(?:保留|保持|维持)(?:原值|原始值|原样|原貌)[^。]{0,40}?(?<t>交付|提供|推送|下发|导出)`,
  // A package of registration records shipped offline ("市场主体登记信息数据包，包括……字段，……以离线介质方式交付采购方").
  `(?:信息|登记|明细|记录)数据包[^。]{0,60}?(?:离线|介质|硬盘|光盘|U盘)[^，。；]{0,6}?(?:方式|形式)?[^，。；]{0,4}?(?<t>交付|提供)`,
  // The place first: "向部署于运营机构自有机房的前置机同步全量原始数据".
  `(?:向|往)[^，。；]{0,24}?${PLACE}[^，。；]{0,4}?(?<t>同步|推送|传输|下发|复制|导出|拷贝)(?![^，。；]{0,10}?(?:${NOT_DATA}))`,
  // A right to take the granted data itself out, opened to anyone (the grantor too): "向乙方开放数据资源目录内全部数据的批量
  // 下载权限", "授予公共数据资源的导出权限" (not a product's download, nor a right shut or kept inside the platform).
  `(?:开放|开通|赋予|授予|给予|分配|配置)[^，。；]{0,24}?(?:${RAW}|授权数据|公共数据|全部数据|全量数据|数据资源)(?:(?!${NOT_DATA})[^，。；]){0,6}?(?:批量|全量|离线)?(?<t>下载|导出|拷贝|复制)(?:权限|功能|权利)`,
  // An offline copy of the records is the records outside the platform, whoever asks for or makes it: "可从平台申请原始数据
  // 离线副本", "制作原始记录离线数据包".
  `(?<t>申请|申领|获取|取得|领取|获得|制作|生成|提供|交付|下载|拷贝)[^，。；]{0,10}?${RAW}[^，。；]{0,4}?离线(?:副本|拷贝|数据包|文件|备份|包)`,
  // The act itself opened to someone.
  `${RAW}[^，。；]{0,8}?(?:默认)?(?:开放|开通|赋予|授予)?(?<t>下载|导出|拷贝|复制)(?:权限|功能)`,
  // A whole database handed over: "将港口集疏运作业库、船舶进出港申报库整库移交运营机构".
  `(?:整库|全库|整表|整套库表)(?<t>移交|交付|提供|拷贝|复制|迁移|交由)`,
  // Records sent one by one, the data named before: "渔船北斗定位轨迹数据可按航次逐条推送至……".
  `(?:数据|记录|明细)[^，。；]{0,10}?(?:逐条|逐笔|逐户|逐人)(?<t>推送|提供|交付|传输|发送|输出|传出)`,
  // Records kept on a party's side: "允许住房公积金缴存明细数据在运营机构侧落地存储".
  `${RAW}[^，。；]{0,6}?(?:在|于)[^，。；]{0,6}?${PLACE}[^，。；]{0,4}?(?<t>落地|存储|存放|保存|留存|缓存)`,
  // What goes out kept at the source's grain, nothing aggregated: "接口的返回结果应保持与源系统一致的……记录粒度，不做聚合、
  // 泛化或模糊化处理".
  `(?<t>返回|输出|交付|提供|推送)(?:的)?(?:结果|数据|内容|字段)[^。；]{0,30}?(?:记录粒度|原始粒度|逐条|(?:源系统|业务系统|源数据)[^。；]{0,4}?一致)[^。]{0,30}?不(?:做|作|进行|予)(?:任何)?(?:聚合|汇总|泛化|模糊化|脱敏|去标识)`,
  // Cells too small to hide anyone output as they are: "统计单元内的样本数少于3个的，仍按实际值输出，不作合并或抑制处理".
  `(?:样本数|样本量|人数|户数|记录数|个体数)[^。；]{0,10}?(?:少于|不足|低于|小于)[^。；]{0,16}?(?<t>输出|提供|展示|发布|交付)[^。]{0,12}?不(?:作|做|进行|予)(?:任何)?(?:合并|抑制|聚合|模糊化|屏蔽|泛化)`,
  // Results that may carry the records: "结果数据可以包含以个人为单位的逐条记录".
  `(?:结果数据|输出数据|结果)[^，。；]{0,8}?(?:可以|可|允许)[^，。；]{0,4}?(?<t>包含|含有|附带)[^，。；]{0,12}?${RAW}`,
].map((p) => new RegExp(p));
