/**
 * How the 操作记录 names each audited action. The codes are stored in case files; a code missing here is shown as is.
 * A module that audits a new action adds its label here.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'case.create': '创建案卷',
  'case.open': '打开案卷',
  'case.update': '修改基本信息',
  'committee.add': '添加评审委员会成员',
  'committee.update': '修改评审委员会成员',
  'committee.remove': '移除评审委员会成员',
  'documents.import': '导入文件',
  'documents.correct': '更正文件标题和正文起点',
  'documents.remove': '删除文件',
  'review.run': '自动合规审查',
  'review.verdict': '记录专家意见',
  'review.committeeVerdict': '确定专家组意见',
  'review.conclusion': '专家组结论',
  'review.opinions': '保存修改意见',
  'review.flagRuling': '专家改判红线',
  'review.submitVerdicts': '提交并签署审查意见',
  'expert.signIn': '专家登录',
  'expert.signOut': '专家退出登录',
  'selection.scheme': '修改评分办法',
  'selection.options': '修改评审选项',
  'selection.applicant.add': '添加申报单位',
  'selection.applicant.update': '修改申报单位',
  'selection.applicant.remove': '移除申报单位',
  'selection.check': '资格/符合性审查',
  'selection.price.review': '异常低价说明',
  'selection.declare': '回避声明',
  'selection.scores': '保存评分',
  'selection.import': '导入评分表',
  'selection.submit': '提交评分表',
  'selection.correct': '更正评分',
  'memo.create': '生成意见书',
  'memo.regenerate': '生成意见书新版本',
  'memo.sign': '签署意见书',
  'memo.refusal': '记录拒绝签署',
  'key.register': '登记签名公钥',
  'meetings.create': '新建会议',
  'meetings.update': '修改会议信息',
  'meetings.addItem': '添加议题',
  'meetings.saveItem': '修改议题',
  'meetings.removeItem': '删除议题',
  'meetings.attach': '附上材料',
  'meetings.notRequired': '标记材料无需提供',
  'meetings.removeAttachment': '移除材料',
  'meetings.putOnAgenda': '列入议程',
  'meetings.takeOffAgenda': '移出议程',
  'meetings.lock': '标记已上会（锁定）',
  'meetings.issueCopies': '生成编号份',
  'meetings.copyReturned': '登记回收',
  'meetings.copyNotReturned': '取消回收登记',
  'meetings.saveRecord': '保存会议记录',
  'deadlines.start': '填写时限起算日期',
  'deadlines.done': '登记时限完成日期',
  'price.save': '保存收费测算',
};

/**
 * The 操作 cell of the 操作记录: the action's label, the member a committee action concerns, and the reason when the
 * user had to give one (a member removed while their kit was out).
 */
export function auditActionText(action: string, detail: unknown): string {
  const d = (detail && typeof detail === 'object' ? detail : {}) as { name?: unknown; reason?: unknown };
  const who = action.startsWith('committee.') && typeof d.name === 'string' ? `：${d.name}` : '';
  const why = typeof d.reason === 'string' && d.reason ? `（理由：${d.reason}）` : '';
  return `${AUDIT_ACTION_LABELS[action] ?? action}${who}${why}`;
}
