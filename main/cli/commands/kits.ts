import fs from 'node:fs';
import path from 'node:path';
import { CliError, type CliCommand } from '../command';
import type { KitView } from '../../../shared/api/kits';

const KEY_ENV = 'REVIEW_DESK_KEY_PASSPHRASE';
const CODE_ENV = 'REVIEW_DESK_KIT_CODE';
const ref = (p: string) => ({ kind: 'path' as const, path: path.resolve(p) });

/** `kit export`: one kit per member (all members, or the named ones) into a folder; kit codes are printed once. */
export const kitExport: CliCommand = {
  path: ['kit', 'export'],
  usage: 'kit export CASEFILE --out DIR [--member 姓名或ID ...] [--memo MEMOID]',
  summary: '为评审委员会成员导出专家包（回避声明表；已签署无利害关系回避声明的附投标文件和评分表；--memo 附待签署的意见书）',
  options: { out: { type: 'string' }, member: { type: 'string', multiple: true }, memo: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    if (!values.out) throw new CliError('请用 --out 指定专家包的输出文件夹。', 'USAGE');
    const dir = path.resolve(values.out as string);
    fs.mkdirSync(dir, { recursive: true });
    const c = await ctx.openCase(positionals[0]);
    try {
      const { members } = await ctx.call('committee.list', { caseId: c.caseId });
      const wanted = (values.member as string[] | undefined) ?? [];
      const chosen = wanted.length ? members.filter((m) => wanted.includes(m.name) || wanted.includes(m.memberId)) : members;
      const missing = wanted.filter((w) => !members.some((m) => m.name === w || m.memberId === w));
      if (missing.length) throw new CliError(`评审委员会中没有：${missing.join('、')}。请核对姓名；未导出任何专家包。`, 'KIT_MEMBER_NOT_FOUND');
      const memoId = values.memo as string | undefined;
      const exportOne = (memberId: string) => ctx.call('experts.exportKit', { caseId: c.caseId, memberId, ...(memoId ? { memoId } : {}) });
      const kits: (Awaited<ReturnType<typeof exportOne>> & { path: string })[] = [];
      for (const m of chosen) {
        const k = await exportOne(m.memberId);
        const file = await ctx.writeOutput(k.file.outputId, path.join(dir, k.file.fileName));
        kits.push({ ...k, path: file });
      }
      ctx.out({ kits: kits.map(({ file: _f, ...k }) => k) }, () =>
        [
          `已导出 ${kits.length} 个专家包到 ${dir}：`,
          ...kits.map((k) => `  ${k.name}  ${path.basename(k.path)}  ${k.protection === 'key' ? '加密给本人签名密钥' : `专家包口令 ${k.code}（仅显示这一次，请当面交付）`}${k.supersededKitId ? '  （取代此前导出的专家包）' : ''}\n    内含：${contentsText(k.contents)}`),
        ].join('\n'),
      );
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};

type Answers = {
  verdicts?: { itemId: string; verdict: 'conforms' | 'mostly' | 'fails' | 'na'; comment?: string }[];
  /** One per applicant, by id or name. */
  declarations?: { applicant: string; relation: string; note?: string }[];
  /** scores[applicant id or name][criterion id] */
  scores?: Record<string, Record<string, number>>;
  notes?: Record<string, Record<string, string>>;
  memo?: { decision: 'agree' | 'dissent'; reasons?: string };
};
const ANSWERS_HELP =
  '答复文件应为 JSON，可含：{"verdicts":[{"itemId":"…","verdict":"conforms|mostly|fails|na","comment":"…"}],' +
  '"declarations":[{"applicant":"申报单位名称或编号","relation":"none|employed|director|controller|relative|other","note":"…"}],' +
  '"scores":{"申报单位名称或编号":{"评分项编号":分值}},"notes":{…},"memo":{"decision":"agree|dissent","reasons":"…"}}。';

function contentsText(c: { review: boolean; recusal: boolean; scoring: boolean; scoringReason?: string; memo: string | null }) {
  const parts = [c.review ? '审查意见表' : '', c.recusal ? '回避声明表' : '', c.scoring ? '投标文件和评分表' : '', c.memo ? '待签署意见书' : ''].filter(Boolean);
  return `${parts.join('、') || '（无）'}${!c.scoring && c.scoringReason && c.recusal ? `（未附评分表：${c.scoringReason}）` : ''}`;
}

async function unlockArgs(ctx: Parameters<CliCommand['run']>[0], values: Record<string, unknown>) {
  if (!values.key && !values.code) throw new CliError('请用 --key 指定本人签名密钥文件，或用 --code 输入专家包口令。', 'USAGE');
  const keyPass = values.key ? await ctx.passphrase('密钥口令：', { envVar: KEY_ENV }) : '';
  const code = values.code ? await ctx.passphrase('专家包口令：', { envVar: CODE_ENV }) : undefined;
  return { keyPass, unlock: values.key ? { key: ref(values.key as string), passphrase: keyPass } : { code } };
}

/** Fills an opened kit from the answers file and signs the return with the expert's key. */
async function answerAndReturn(ctx: Parameters<CliCommand['run']>[0], kit: KitView, answersPath: string, keyPath: string, keyPass: string, outPath: string) {
  let answers: Answers;
  try {
    answers = JSON.parse(fs.readFileSync(path.resolve(answersPath), 'utf8')) as Answers;
    if (typeof answers !== 'object' || answers === null) throw new Error('answers');
  } catch {
    throw new CliError(`无法读取答复文件。${ANSWERS_HELP}`, 'USAGE');
  }
  const applicants = [...(kit.recusal?.applicants ?? []), ...kit.scoring.applicants];
  const idOf = (x: string) => {
    const a = applicants.find((y) => y.applicantId === x || y.name === x);
    if (!a) throw new CliError(`专家包中没有申报单位“${x}”。可选：${[...new Set(applicants.map((y) => y.name))].join('、') || '（无）'}。`, 'USAGE');
    return a.applicantId;
  };
  const byId = <T>(o: Record<string, T> | undefined) => Object.fromEntries(Object.entries(o ?? {}).map(([k, v]) => [idOf(k), v]));
  for (const v of answers.verdicts ?? []) await ctx.call('experts.kitVerdict', { kitId: kit.kitId, itemId: v.itemId, verdict: v.verdict, comment: v.comment ?? '' });
  if (answers.declarations) {
    await ctx.call('experts.kitDeclare', { kitId: kit.kitId, declarations: answers.declarations.map((d) => ({ applicantId: idOf(d.applicant), relation: d.relation as 'none', note: d.note ?? '' })) });
  }
  if (answers.scores || answers.notes) await ctx.call('experts.kitScores', { kitId: kit.kitId, scores: byId(answers.scores), notes: byId(answers.notes) });
  if (answers.memo) await ctx.call('experts.kitMemo', { kitId: kit.kitId, decision: answers.memo.decision, reasons: answers.memo.reasons ?? '' });
  const r = await ctx.call('experts.writeReturn', { kitId: kit.kitId, key: ref(keyPath), passphrase: keyPass });
  const out = await ctx.writeOutput(r.file.outputId, path.resolve(outPath));
  const c = r.contents;
  const what = [c.recusal ? '回避声明' : '', c.verdicts ? `${c.verdicts} 项审查意见` : '', c.scores ? '评分表' : '', c.memo ? '意见书签名' : ''].filter(Boolean).join('、');
  ctx.out({ kitId: kit.kitId, return: out, contents: c, verdicts: c.verdicts }, () => `已签署${what}，回执已写入 ${out}。请交给秘书导入。`);
}

/** `kit open`: on the expert's laptop, no case. Lists what the kit holds; with --answers it writes the return. */
export const kitOpen: CliCommand = {
  path: ['kit', 'open'],
  usage: 'kit open KIT (--key KEYFILE | --code) [--memo-pdf FILE] [--answers FILE --out RETURN]',
  summary: '在专家本人电脑上打开专家包，列出审查项、回避声明表、评分表和待签署意见书；给出 --answers 时签署生成回执',
  options: { key: { type: 'string' }, code: { type: 'boolean' }, answers: { type: 'string' }, out: { type: 'string' }, 'memo-pdf': { type: 'string' } },
  async run(ctx, { values, positionals }) {
    if (!positionals[0]) throw new CliError('请给出专家包文件。', 'USAGE');
    if (values.answers && !values.out) throw new CliError('请用 --out 指定回执文件的保存位置。', 'USAGE');
    const { keyPass, unlock } = await unlockArgs(ctx, values);
    const { kit } = await ctx.call('experts.openKit', { file: ref(positionals[0]), ...unlock });
    if (values['memo-pdf']) {
      const pdf = await ctx.call('experts.kitMemoPdf', { kitId: kit.kitId });
      await ctx.writeOutput(pdf.file.outputId, path.resolve(values['memo-pdf'] as string));
    }
    if (values.answers) {
      if (!values.key) throw new CliError('签署回执须使用本人签名密钥：请加 --key KEYFILE。', 'USAGE');
      return answerAndReturn(ctx, kit, values.answers as string, values.key as string, keyPass, values.out as string);
    }
    ctx.out({ kit }, () =>
      [
        `专家包 ${kit.kitId}（${kit.caseName}），专家：${kit.member.name}`,
        ...kit.documents.map((d) => `  文件：${d.name}${d.role === 'bid' ? `（申报材料：${applicantName(kit, d.applicantId)}）` : ''}  SHA-256 ${d.sha256}`),
        ...(kit.form ? ['审查项：', ...kit.form.items.map((i) => `  ${i.itemId}  ${i.title}`)] : []),
        ...(kit.recusal ? ['回避声明（relation：' + Object.entries(kit.recusal.relations).map(([k, v]) => `${k}=${v}`).join('；') + '）：', ...kit.recusal.applicants.map((a) => `  ${a.applicantId}  ${a.name}`)] : []),
        ...(kit.scoring.allowed
          ? [`评分表（${kit.scoring.schemeName}）：`, ...kit.scoring.criteria.map((c) => `  ${c.id}  ${c.name}  ${c.min}～${c.max} 分${c.guidance ? `  评分指引：${c.guidance}` : ''}`)]
          : kit.scoring.reason ? [`未附评分表：${kit.scoring.reason}`] : []),
        ...(kit.memo ? [`待签署意见书：${kit.memo.title}（第 ${kit.memo.version} 版）  PDF SHA-256 ${kit.memo.pdfSha256}${values['memo-pdf'] ? `，已写入 ${path.resolve(values['memo-pdf'] as string)}` : '（用 --memo-pdf FILE 取出阅读）'}`] : []),
      ].join('\n'),
    );
  },
};

const applicantName = (kit: KitView, id: string | null) => kit.scoring.applicants.find((a) => a.applicantId === id)?.name ?? id ?? '';

/** `kit return`: fills the kit from an answers file and writes the return signed with the expert's key. */
export const kitReturn: CliCommand = {
  path: ['kit', 'return'],
  usage: 'kit return KIT --key KEYFILE --answers FILE --out RETURN',
  summary: '在专家本人电脑上按答复文件填写专家包（回避声明、审查意见、评分、意见书签署），用本人密钥签署生成回执',
  options: { key: { type: 'string' }, answers: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    if (!positionals[0]) throw new CliError('请给出专家包文件。', 'USAGE');
    if (!values.key) throw new CliError('签署回执须使用本人签名密钥：请加 --key KEYFILE。', 'USAGE');
    if (!values.answers) throw new CliError(`请用 --answers 指定答复文件。${ANSWERS_HELP}`, 'USAGE');
    if (!values.out) throw new CliError('请用 --out 指定回执文件的保存位置。', 'USAGE');
    const { keyPass, unlock } = await unlockArgs(ctx, values);
    const { kit } = await ctx.call('experts.openKit', { file: ref(positionals[0]), ...unlock });
    return answerAndReturn(ctx, kit, values.answers as string, values.key as string, keyPass, values.out as string);
  },
};

/** `kit import`: every return is checked on its own; a refused one changes nothing. Exit 1 when any is refused. */
export const kitImport: CliCommand = {
  path: ['kit', 'import'],
  usage: 'kit import CASEFILE RETURN...',
  summary: '导入专家回执（逐份校验签名、案卷、专家包和文件版本；任何一份被拒时退出码为 1）',
  options: {},
  async run(ctx, { positionals }) {
    const [file, ...returns] = positionals;
    if (!returns.length) throw new CliError('请给出要导入的回执文件。', 'USAGE');
    const c = await ctx.openCase(file);
    try {
      const results: { file: string; ok: boolean; name?: string; verdicts?: number; merged?: string; code?: string; message?: string }[] = [];
      for (const r of returns) {
        try {
          const x = await ctx.call('experts.importReturn', { caseId: c.caseId, file: ref(r) });
          const merged = [x.recusal ? (x.recusal.recused ? '回避声明（声明回避）' : '回避声明') : '', x.verdicts ? `${x.verdicts} 项意见` : '', x.scores ? '评分表' : '', x.memo ? `意见书第 ${x.memo.version} 版签名（${x.memo.decision === 'agree' ? '同意' : '有不同意见'}）` : ''].filter(Boolean).join('、');
          results.push({ file: r, ok: true, name: x.name, verdicts: x.verdicts, merged });
        } catch (e) {
          if (!(e instanceof CliError)) throw e;
          results.push({ file: r, ok: false, code: e.code, message: e.message });
        }
      }
      const bad = results.filter((r) => !r.ok).length;
      ctx.out({ results }, () =>
        [...results.map((r) => (r.ok ? `  ✓ ${r.file}  ${r.name}  ${r.merged}已并入` : `  ✗ ${r.file}  ${r.message}`)), bad ? `有 ${bad} 份回执未导入。` : `全部 ${results.length} 份回执已导入。`].join('\n'),
      );
      return bad ? 1 : 0;
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};
