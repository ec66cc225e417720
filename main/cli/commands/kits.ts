import fs from 'node:fs';
import path from 'node:path';
import { CliError, type CliCommand } from '../command';

const KEY_ENV = 'REVIEW_DESK_KEY_PASSPHRASE';
const CODE_ENV = 'REVIEW_DESK_KIT_CODE';
const ref = (p: string) => ({ kind: 'path' as const, path: path.resolve(p) });

/** `kit export`: one kit per member (all members, or the named ones) into a folder; kit codes are printed once. */
export const kitExport: CliCommand = {
  path: ['kit', 'export'],
  usage: 'kit export CASEFILE --out DIR [--member 姓名或ID ...]',
  summary: '为评审委员会成员导出专家包（有登记 SM2 公钥的加密给本人，否则生成一次性专家包口令，仅显示一次）',
  options: { out: { type: 'string' }, member: { type: 'string', multiple: true } },
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
      const exportOne = (memberId: string) => ctx.call('experts.exportKit', { caseId: c.caseId, memberId });
      const kits: (Awaited<ReturnType<typeof exportOne>> & { path: string })[] = [];
      for (const m of chosen) {
        const k = await exportOne(m.memberId);
        const file = ctx.writeOutput(k.file.outputId, path.join(dir, k.file.fileName));
        kits.push({ ...k, path: file });
      }
      ctx.out({ kits: kits.map(({ file: _f, ...k }) => k) }, () =>
        [
          `已导出 ${kits.length} 个专家包到 ${dir}：`,
          ...kits.map((k) => `  ${k.name}  ${path.basename(k.path)}  ${k.protection === 'key' ? '加密给本人签名密钥' : `专家包口令 ${k.code}（仅显示这一次，请当面交付）`}${k.supersededKitId ? '  （取代此前导出的专家包）' : ''}`),
        ].join('\n'),
      );
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};

type Answers = { verdicts: { itemId: string; verdict: 'conforms' | 'mostly' | 'fails' | 'na'; comment?: string }[] };

/** `kit open`: on the expert's laptop, no case. Without --answers it lists the items; with it, it writes the return. */
export const kitOpen: CliCommand = {
  path: ['kit', 'open'],
  usage: 'kit open KIT (--key KEYFILE | --code) [--answers FILE --out RETURN]',
  summary: '在专家本人电脑上打开专家包；给出 --answers 时记录意见并用本人密钥签署生成回执',
  options: { key: { type: 'string' }, code: { type: 'boolean' }, answers: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    if (!positionals[0]) throw new CliError('请给出专家包文件。', 'USAGE');
    if (!values.key && !values.code) throw new CliError('请用 --key 指定本人签名密钥文件，或用 --code 输入专家包口令。', 'USAGE');
    if (values.answers && !values.out) throw new CliError('请用 --out 指定回执文件的保存位置。', 'USAGE');
    const keyPass = values.key ? await ctx.passphrase('密钥口令：', { envVar: KEY_ENV }) : '';
    const code = values.code ? await ctx.passphrase('专家包口令：', { envVar: CODE_ENV }) : undefined;
    const { kit } = await ctx.call('experts.openKit', { file: ref(positionals[0]), ...(values.key ? { key: ref(values.key as string), passphrase: keyPass } : { code }) });
    const k = kit as { kitId: string; caseName: string; member: { name: string }; documents: { name: string; sha256: string }[]; form: { items: { itemId: string; title: string }[] } };
    if (!values.answers) {
      ctx.out({ kit }, () =>
        [
          `专家包 ${k.kitId}（${k.caseName}），专家：${k.member.name}`,
          ...k.documents.map((d) => `  文件：${d.name}  SHA-256 ${d.sha256}`),
          '审查项：',
          ...k.form.items.map((i) => `  ${i.itemId}  ${i.title}`),
        ].join('\n'),
      );
      return;
    }
    let answers: Answers;
    try {
      answers = JSON.parse(fs.readFileSync(path.resolve(values.answers as string), 'utf8')) as Answers;
      if (!Array.isArray(answers.verdicts)) throw new Error('verdicts');
    } catch {
      throw new CliError('意见文件应为 JSON：{"verdicts":[{"itemId":"…","verdict":"conforms|mostly|fails|na","comment":"…"}]}。', 'USAGE');
    }
    for (const v of answers.verdicts) await ctx.call('experts.kitVerdict', { kitId: k.kitId, itemId: v.itemId, verdict: v.verdict, comment: v.comment ?? '' });
    if (!values.key) throw new CliError('签署回执须使用本人签名密钥：请加 --key KEYFILE。', 'USAGE');
    const r = await ctx.call('experts.writeReturn', { kitId: k.kitId, key: ref(values.key as string), passphrase: keyPass });
    const out = ctx.writeOutput(r.file.outputId, path.resolve(values.out as string));
    ctx.out({ kitId: k.kitId, return: out, verdicts: answers.verdicts.length }, () => `已签署 ${answers.verdicts.length} 项意见，回执已写入 ${out}。请交给秘书导入。`);
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
      const results: { file: string; ok: boolean; name?: string; verdicts?: number; code?: string; message?: string }[] = [];
      for (const r of returns) {
        try {
          const x = await ctx.call('experts.importReturn', { caseId: c.caseId, file: ref(r) });
          results.push({ file: r, ok: true, name: x.name, verdicts: x.verdicts });
        } catch (e) {
          if (!(e instanceof CliError)) throw e;
          results.push({ file: r, ok: false, code: e.code, message: e.message });
        }
      }
      const bad = results.filter((r) => !r.ok).length;
      ctx.out({ results }, () =>
        [...results.map((r) => (r.ok ? `  ✓ ${r.file}  ${r.name}  ${r.verdicts} 项意见已并入` : `  ✗ ${r.file}  ${r.message}`)), bad ? `有 ${bad} 份回执未导入。` : `全部 ${results.length} 份回执已导入。`].join('\n'),
      );
      return bad ? 1 : 0;
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};
