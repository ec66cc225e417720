/**
 * Every error the app can report, with the Chinese text a user sees. A message says what happened and what to do.
 * Modules add their codes here, grouped under a comment naming the module.
 */
export const ERROR_MESSAGES = {
  // transport and validation
  BAD_REQUEST: '请求内容不完整或格式不对，请检查填写的内容后重试。',
  UNKNOWN_METHOD: '程序内部错误：调用了不存在的功能，请联系技术支持。',
  UNAUTHORIZED: '访问被拒绝：本地服务需要启动时生成的访问令牌，请从评审台重新打开页面。',
  INTERNAL: '程序内部错误，操作未完成，已保存的内容没有改变。请重试或联系技术支持。',
  NOT_FOUND: '要找的内容不存在，可能已被删除。',
  USER_NAME_REQUIRED: '这项记录要连同您的姓名印在意见书上，但本机还没有填写使用人姓名（不能印系统登录名）。请填写您的姓名后重试；未作任何改动。',
  CONFLICT: '内容已被修改或锁定，无法按原样保存，请刷新后重试。',
  // long jobs (main/services/worker.ts)
  JOB_CANCELLED: '操作已取消，未完成的结果已丢弃，已保存的内容没有改变。',
  // case files
  CASE_NOT_OPEN: '案卷未打开或已关闭，请先从首页打开案卷。',
  CASE_WRONG_PASSPHRASE: '口令不正确，无法打开案卷。请核对口令（区分大小写）后重试。若确认口令无误，则可能是案卷文件开头已损坏（如复制不完整），请改用备份副本。文件未作任何改动。',
  CASE_NOT_A_CASE: '该文件不是评审台案卷，无法打开。请选择扩展名为 .rdcase 的案卷文件。',
  CASE_TOO_NEW: '该案卷由更新版本的评审台创建，当前版本无法打开。请升级评审台后再打开；文件未作任何改动。',
  CASE_DAMAGED: '案卷文件已损坏（可能复制不完整或磁盘出错），无法打开。请使用备份副本；文件未作任何改动。',
  CASE_FILE_MISSING: '找不到案卷文件，可能已被移动、改名或删除。请通过“打开案卷”重新选择文件。',
  CASE_FILE_EXISTS: '该位置已有同名文件，为避免覆盖，请换一个文件名或位置。',
  CASE_LOCATION_UNWRITABLE: '无法在所选位置写入文件，请检查该文件夹是否存在、是否有写入权限或磁盘是否已满。',
  CASE_ALREADY_OPEN: '该案卷已在本程序中打开。',
  CASE_READ_ONLY: '该案卷以只读方式打开，不能修改。',
  CASE_IN_USE: '该案卷正被另一个程序打开使用，暂不能打开。请先在那里关闭案卷后重试；文件未作任何改动。',
  CASE_PASSPHRASE_EMPTY: '请输入案卷口令。口令不能为空。',
  PASSPHRASE_TOO_WEAK: '口令强度不足：至少 8 位，且包含字母、数字或符号中的两类以上。',
  PASSPHRASE_MISMATCH: '两次输入的口令不一致，请重新输入。',
  // files crossing the transport
  FILE_TOO_LARGE: '文件超过大小上限，无法导入。',
  FILE_UPLOAD_MISSING: '上传的文件已失效，请重新选择文件。',
  // documents (intake: import, extraction, versions)
  DOC_EMPTY: '文件是空的（0 字节），没有可导入的内容。请检查是否选错了文件，或文件是否复制完整；案卷未作改动。',
  DOC_TOO_LARGE: '文件超过 100 MB 的导入上限，未导入。请压缩图片或拆分文件后再导入；案卷未作改动。',
  DOC_UNSUPPORTED_TYPE: '不支持该文件类型，未导入。请导入 DOCX、PDF、TXT 或 Markdown（.md）文件；案卷未作改动。',
  DOC_LEGACY_FORMAT: '这是旧版 Word（.doc）或 WPS（.wps）格式，无法直接读取。请在 Word 或 WPS 中“另存为” DOCX 或 PDF 后再导入；案卷未作改动。',
  DOC_DOCX_CORRUPT: 'DOCX 文件已损坏或不完整（可能下载或复制中断），无法读取。请用 Word 或 WPS 打开确认后重新保存为 DOCX 再导入；案卷未作改动。',
  DOC_DOCX_BOMB: 'DOCX 文件解压后的大小异常（疑似“压缩炸弹”），为保护本机已拒绝读取。请向提供方索取正常的文件；案卷未作改动。',
  DOC_PDF_ENCRYPTED: 'PDF 文件设有打开口令（已加密），无法读取。请向提供方索取未加密的 PDF，或在 PDF 阅读器中输入口令后另存为不加密的 PDF 再导入；案卷未作改动。',
  DOC_PDF_BOMB: 'PDF 文件中的压缩数据解压后大得异常（疑似“压缩炸弹”），为保护本机已拒绝读取。请向提供方索取正常的文件；案卷未作改动。',
  DOC_TOO_DEMANDING: '读取该文件所需的内存超出安全上限（文件可能异常或被刻意构造），已停止读取，未导入。请用 Word、WPS 或 PDF 阅读器打开确认后另存再导入；案卷未作改动。',
  DOC_PDF_CORRUPT: 'PDF 文件已损坏或不完整，无法读取。请重新获取该文件，或用 PDF 阅读器打开确认后另存再导入；案卷未作改动。',
  DOC_TYPE_MISMATCH: '文件内容与扩展名不符，未导入。请确认文件的真实格式；案卷未作改动。',
  DOC_REMOVE_SIGNED: '该文件的审查意见书已有专家签署，不能删除：签署的意见须能对照原文核验。',
  DOC_REVISION_UNSURE: '导入的文件与案卷中已有文件的标题相近，无法确定是修订版还是另一份文件，未导入。请在“导入为”中明确选择后再导入。',
  DOC_BIDDER_REQUIRED: '申报材料须填写申报单位（投标人）名称，以便区分各家材料。',
  DOC_EXTRACT_FAILED: '读取文件内容时出错，未导入。请用 Word、WPS 或 PDF 阅读器打开确认文件完好后重试；案卷未作改动。',
  OCR_UNAVAILABLE: '本机无法加载文字识别（OCR）组件。请重新安装评审台；扫描件仍可按页查看。',
  OCR_NOT_NEEDED: '该文件每页都有文字层，无需识别文字（OCR）。',
  OCR_BUSY: '该文件正在识别文字，请等待完成或先取消。',
  OCR_FAILED: '识别文字时出错，已识别的页面已保存。请重试；若反复出错，请对照原件阅读该页。',
  // memos (issue 6): documents on paper and signatures
  MEMO_FONT_MISSING: '找不到排版所需的字体，请重新安装评审台。',
  MEMO_GLYPH_MISSING: '文中有字符在所有可用字体中都没有字形，无法排版。请改用常用字后重新生成。',
  MEMO_TEMPLATE_INVALID: '意见书模板文件格式不正确，请检查 templates/memos 中的模板。',
  MEMO_CONTENT_MISSING: '意见书缺少必需的内容，无法生成。请先补齐所列内容。',
  MEMO_LOCKED: '该意见书版本已有成员签名，已锁定，不能修改。如需修改，请生成新版本并重新签名。',
  MEMO_ALREADY_SIGNED: '该成员已对本版本签署过，不能重复签署。',
  MEMO_NOT_SIGNABLE: '该意见书版本缺少签署前必须具备的内容，不能签署。请按提示补齐后重新生成，再签署新版本。',
  KEY_WRONG_PASSPHRASE: '密钥口令不正确，无法使用该签名密钥。请核对口令（区分大小写）后重试；未作任何改动。',
  KEY_FILE_INVALID: '所选文件不是评审台签名密钥文件，或已损坏。请选择由“创建签名密钥”生成的密钥文件。',
  KEY_MEMBER_HAS_KEY: '该成员已登记签名密钥。如确需更换，请选择“替换原密钥”：已签署的记录仍用原公钥核验，此后只接受新密钥。',
  KEY_REPLACED: '该签名密钥已被新密钥替换，不能再用于签署或登录。已用它签署的记录仍可核验。请使用本人的新密钥。',
  KEY_NOT_IN_CASE: '该签名密钥不属于本案卷登记的评审委员会成员，不能用于签署。请使用本人在本案卷登记的密钥。',
  SIG_FILE_INVALID: '签名文件格式不正确或已损坏，无法校验。请向发件人重新索取签名文件（.rdsig.json）或评审台导出的“已签署 PDF”。',
  MEMO_FILE_NOT_PDF: '所选文件不是 PDF（文件开头没有 PDF 标记），无法校验签名。请选择收到的意见书 PDF；若收到的是 Word 文档或图片，请向发件人索取评审台导出的“已签署 PDF”。',
  MEMO_PDF_UNSIGNED: '该 PDF 中没有评审台的电子签名：可能是签署前保存的定稿、打印后的扫描件，或签名在传递中被去掉。请同时选择随附的签名文件（.rdsig.json），或向发件人索取评审台导出的“已签署 PDF”；在此之前不要把它当作已签署的意见书放入会议材料。',
  // committee
  COMMITTEE_MEMBER_HAS_RECORDS: '该成员已有评审记录（意见、回避声明、评分或签名），移除会使这些记录丢失，因此不能移除。未作任何改动。',
  COMMITTEE_MEMBER_KIT_OUT: '已向该成员发出专家包，尚未导入其回执。如确需移除，请填写理由后确认；未作任何改动。',
  // experts (issue 13): personal sign-in and signed records
  EXPERT_SIGN_IN_REQUIRED: '该专家已登记签名密钥，须由本人用密钥登录后才能记录或提交。请专家本人选择密钥文件、输入密钥口令登录；未作任何改动。',
  EXPERT_SESSION_EXPIRED: '专家登录已因长时间未操作而自动退出，请重新用本人密钥登录后再保存；未作任何改动。',
  EXPERT_SESSION_MISMATCH: '当前登录的是另一位专家，不能以他人名义记录。请先退出，由该专家本人登录；未作任何改动。',
  KIT_FORMAT_NEWER: '该文件由更新版本的评审台生成，本程序无法读取。请升级评审台后再打开；未作任何改动。',
  KIT_FILE_INVALID: '所选文件不是评审台专家包，或已损坏。请向秘书索取新的专家包；未作任何改动。',
  KIT_WRONG_KEY: '该专家包不是发给这把签名密钥的持有人的。请使用本人在本案卷登记的密钥打开；未作任何改动。',
  KIT_WRONG_CODE: '专家包口令不正确，或专家包已被改动。请核对秘书当面交付的口令后重试；未作任何改动。',
  KIT_MEMBER_NOT_FOUND: '该专家不是本案卷评审委员会的成员，无法为其导出专家包。',
  KIT_RETURN_INVALID: '所选文件不是评审台回执，或已损坏。请让专家重新生成回执；案卷未作任何改动。',
  KIT_RETURN_WRONG_CASE: '该回执不是为本案卷制作的，未导入。请在对应的案卷中导入；案卷未作任何改动。',
  KIT_RETURN_UNKNOWN_KIT: '该回执所对应的专家包不是从本案卷导出的，未导入；案卷未作任何改动。',
  KIT_RETURN_SUPERSEDED: '该回执是针对已被新专家包取代的旧专家包制作的，未导入。请让专家用最新的专家包重新填写；案卷未作任何改动。',
  KIT_RETURN_DUPLICATE: '该专家包的回执已经导入过，不能重复导入；案卷未作任何改动。',
  KIT_RETURN_BAD_SIGNATURE: '回执签名校验失败：内容被改动过，或签名不属于回执中署名的专家。未导入；案卷未作任何改动。',
  KIT_RETURN_DOCUMENT_CHANGED: '回执所依据的文件版本与本案卷当前审查的文件不一致（摘要不同），未导入。请重新导出专家包，让专家按新版本填写；案卷未作任何改动。',
  KIT_RETURN_STALE: '自导出该专家包后，本案卷中该专家的意见已有新的签署记录，回执未导入，以免覆盖。请重新导出专家包；案卷未作任何改动。',
  KIT_RETURN_NEEDS_KEY: '回执须由专家本人的签名密钥签署。请专家先创建签名密钥、由秘书在本案卷登记公钥后再生成回执。',
  KIT_RETURN_NOT_ALLOWED: '回执中含有评分表，但本案卷中没有该专家已签署且无利害关系的回避声明，评分表不能并入。请先导入其回避声明回执，再导出含评分表的专家包；案卷未作任何改动。',
  KIT_RETURN_SHEET_LOCKED: '该专家的评分表已在本案卷中提交并锁定，回执中的回避声明或评分表不能再并入；案卷未作任何改动。',
  KIT_RETURN_MEMO: '回执中的意见书签名无法并入：所签版本已被取代、内容摘要不符，或该专家已签署过该版本。请秘书重新导出含最新意见书的专家包；案卷未作任何改动。',
  KIT_NOT_INCLUDED: '该专家包中没有这部分内容（例如回避声明尚未签署并导入前，不含投标文件和评分表）。',
  TRANSCRIPTION_REQUIRED: '该成员未登记签名密钥，只能由秘书代录纸质表格：请填写代录理由和纸质表格的编号或存放位置后再保存；未作任何改动。',
  EXPERT_NOTHING_TO_SUBMIT: '还没有可提交的内容：请先对审查项逐项填写意见，再提交签署。',
  // review (compliance review: rulesets, findings, verdicts)
  RULESET_NOT_FOUND: '找不到该规则集，请在“规则集”中确认其编号，或先导入它。',
  RULESET_INVALID: '规则集文件有误，未导入。请按提示的行号修改后重新导入。',
  RULESET_NOT_NEWER: '已有相同或更新版本的该规则集，未导入。请提高文件中的 version 后再导入。',
  REVIEW_NO_DOCUMENT: '还没有要审查的文件。请在“文件”页导入实施方案或授权运营协议，或在本页选择文件（DOCX、PDF、TXT 或 Markdown）。',
  REVIEW_NOT_RUN: '本案卷尚未进行自动审查，请先点击“开始审查”。',
  REVIEW_UNKNOWN_ITEM: '该审查项不在本次审查所用的规则集中，可能规则集已更换，请刷新后重试。',
  REVIEW_NO_VOTERS: '评审委员会还没有可表决的专家（未添加专家，或全部已声明回避），没有可采纳的一致意见。请先在“专家意见”中记录各位专家的意见。',
  // selection (operator selection: recusal, scoring, ranking)
  SELECTION_TEMPLATE_INVALID: '评分办法模板文件格式有误，无法读取。请检查 templates/scoring/ 下的模板文件。',
  SELECTION_SCHEME_INVALID: '评分办法有误（如各项满分合计不是 100 分），请先在“评分办法”中改正。',
  SELECTION_LOCKED: '已有评审成员提交评分表，评分办法、申报单位和审查结论已锁定，不能再修改。',
  SELECTION_APPLICANT_EXISTS: '已有同名的申报单位，请核对名称。',
  SELECTION_DECLARATION_INCOMPLETE: '须对每一个申报单位逐一作出回避声明后才能提交。',
  SELECTION_NOT_DECLARED: '该成员尚未对全部申报单位作出回避声明，不能查看投标文件或评分。请先完成回避声明。',
  SELECTION_RECUSED: '该成员已声明存在利害关系并回避，不参加本次评分。',
  SELECTION_SHEET_LOCKED: '该成员的评分表已提交并锁定。如需更改，请通过“更正”记录理由后修改。',
  SELECTION_SHEET_INCOMPLETE: '评分表尚未填写完整，不能提交。请补全所有评分项后再提交。',
  SELECTION_SCORE_INVALID: '评分超出该评分项的分值范围，或评分项、申报单位不存在，未保存。',
  SELECTION_NOT_SUBMITTED: '该成员的评分表尚未提交，提交前可直接修改评分，无需更正。',
  SELECTION_CORRECTION_GROUND: '所选更正情形与汇总结果不符，未更正。请按汇总结果列出的情形选择；一般计算或抄录错误请选“汇总计算错误”。',
  SELECTION_RESULTS_SEALED: '尚有评审成员未提交评分表。为保证独立评分，汇总结果在全部成员提交后才能查看和导出。',
  SELECTION_IMPORT_INVALID: '评分表有问题，未导入任何评分。请按列出的单元格逐一改正后重新导入。',
  // meetings (三重一大 meeting packets)
  MEETING_LOCKED: '该会议已上会，议题和材料已锁定。如确需修改，请填写修改理由，修改将作为新版本记录。',
  MEETING_GATE: '议题未满足上会条件，暂不能列入议程。请按提示补齐材料后再试。',
  MEETING_EMPTY_AGENDA: '会议还没有列入议程的议题。请先将至少一个议题列入议程。',
  MEETING_LEGAL_REQUIRED: '合法性审查意见是上会的必备材料，不能标为“无需提供”。请附上合法性审查意见。',
  MEETING_REASON_REQUIRED: '标为“无需提供”时必须写明理由。',
  MEETING_RISK_LEVEL: '附上风险评估报告时请选择风险等级（低、中、高）。',
  MEETING_ATTACHMENT_ENCRYPTED: '该文件已加密，无法合并进会议材料，未附上。请索取未加密的版本后重新附上。',
  MEETING_ATTACHMENT_BROKEN: '该文件已损坏或不完整，无法读取，未附上。请重新获取原件后再试。',
  MEETING_ATTACHMENT_TYPE: '只能附上 PDF 或 DOCX 文件，未附上。请先转换为 PDF 或 DOCX。',
  MEETING_NO_COPIES: '尚未生成编号份，没有分发回收登记。请先生成编号份。',
  MEETING_RECORD_INCOMPLETE: '会议记录尚不完整，不能作为定稿生成。请按列出的问题补记后再生成。',
  MEETING_MEMO_UNSIGNED: '该意见书尚无成员签署，不能作为上会材料。请先完成签署后再附上。',
  // deadlines (working days, 时限) and the price check (最高准许收入)
  HOLIDAY_FILE_INVALID: '节假日安排文件有误，未导入。请按列出的行号和原因改正后重新导入；已有的节假日数据未改变。',
  HOLIDAY_FILE_TOO_LARGE: '节假日安排文件过大（超过 64 KB），不像一年的安排，未导入。请检查是否选错了文件。',
  DEADLINE_UNKNOWN_RULE: '该时限规则不适用于本案卷或已从规则文件中移除，请刷新后重试。',
  DEADLINE_DATE_INVALID: '日期无效，未保存。请按“2025-10-09”的格式填写真实存在的日期。',
  DEADLINE_RULES_INVALID: '时限规则文件（templates/deadlines）格式有误，无法读取。请联系技术支持恢复该文件。',
  PRICE_INPUT_INVALID: '收费测算的数据有误，未保存。请按提示改正金额、比率或规则出处后重试。',
  PRICE_NOT_APPLICABLE: '收费测算只用于授权运营协议审查和运营机构遴选评审案卷。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as [ErrorCode, ...ErrorCode[]];

/** An error a service throws on purpose; the transports turn it into `{ ok: false, error }`. */
export class AppFault extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppFault';
  }
}

export const fault = (code: ErrorCode, message?: string, details?: unknown) => new AppFault(code, message, details);
