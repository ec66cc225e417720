import fs from 'node:fs';
import path from 'node:path';
import { CliError, type CliCommand } from '../command';
import type { VerifyResult } from '../../../shared/memo/signing';
import { load } from '../lazy';

const need = (v: unknown, name: string) => {
  if (typeof v !== 'string' || !v.trim()) throw new CliError(`缺少参数 --${name}`, 'USAGE');
  return v;
};
const KEY_ENV = 'REVIEW_DESK_KEY_PASSPHRASE';

export const memoCommand: CliCommand = {
  path: ['memo'],
  usage: 'memo CASEFILE --type TYPE [--format pdf|docx|signed-pdf|signature-page|sig] --out FILE [--input KEY=TEXT]... [--regenerate]',
  summary: '生成或导出意见书（TYPE：plan_opinion、agreement_opinion、selection_report、annual_report）',
  options: { type: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, input: { type: 'string', multiple: true }, regenerate: { type: 'boolean' }, 'copy-no': { type: 'string' }, secrecy: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const type = need(values.type, 'type');
    const out = path.resolve(need(values.out, 'out'));
    const format = ({ pdf: 'pdf', docx: 'docx', 'signed-pdf': 'signedPdf', 'signature-page': 'signaturePage', sig: 'sig' } as const)[((values.format as string) ?? 'pdf') as 'pdf'];
    if (!format) throw new CliError(`未知的格式：${values.format}。可选：pdf、docx、signed-pdf、signature-page、sig`, 'USAGE');
    const inputs: Record<string, string> = {};
    for (const kv of (values.input as string[] | undefined) ?? []) {
      const i = kv.indexOf('=');
      if (i < 1) throw new CliError(`--input 应为 KEY=TEXT：${kv}`, 'USAGE');
      inputs[kv.slice(0, i)] = kv.slice(i + 1);
    }
    const c = await ctx.openCase(positionals[0]);
    try {
      const existing = (await ctx.call('memos.list', { caseId: c.caseId })).memos.find((m) => m.memoType === type && m.status !== 'superseded');
      const memo = existing && !values.regenerate && !Object.keys(inputs).length
        ? existing
        : await ctx.call('memos.generate', { caseId: c.caseId, type, inputs, copyNo: values['copy-no'] as string | undefined, secrecy: values.secrecy as string | undefined });
      const ref = await ctx.call('memos.export', { caseId: c.caseId, memoId: memo.memoId, format });
      await ctx.writeOutput(ref.outputId, out);
      ctx.out({ ...memo, out, sha256: ref.sha256 }, () => `已输出《${memo.label}》第${memo.version}版（${memo.status === 'draft' ? '未签署' : '已锁定'}）到 ${out}\n意见书编号：${memo.memoId}`);
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};

export const keyCreate: CliCommand = {
  path: ['key', 'create'],
  usage: 'key create --name NAME --unit UNIT --out KEYFILE [--algorithm sm2|ed25519]',
  summary: `在本机创建签名密钥，私钥以口令加密（口令取自环境变量 ${KEY_ENV} 或终端输入）；同时写出公钥证书 KEYFILE.cert.json`,
  options: { name: { type: 'string' }, unit: { type: 'string' }, out: { type: 'string' }, algorithm: { type: 'string' } },
  async run(ctx, { values }) {
    const name = need(values.name, 'name');
    const out = path.resolve(need(values.out, 'out'));
    const algorithm = ((values.algorithm as string) ?? 'sm2') as 'sm2' | 'ed25519';
    if (!['sm2', 'ed25519'].includes(algorithm)) throw new CliError('--algorithm 只能是 sm2 或 ed25519', 'USAGE');
    if (fs.existsSync(out)) throw new CliError(`${out} 已存在，为避免覆盖密钥，请换一个文件名。`, 'CONFLICT');
    const passphrase = await ctx.passphrase('设置密钥口令：', { confirm: true, envVar: KEY_ENV });
    if (passphrase.length < 8) throw new CliError('密钥口令至少 8 位。', 'PASSPHRASE_TOO_WEAK');
    const { createKeyFile } = await load.keys();
    const { keyFile, certificate } = createKeyFile({ name, unit: (values.unit as string) ?? '', passphrase, algorithm });
    fs.writeFileSync(out, keyFile, { mode: 0o600 });
    fs.writeFileSync(`${out}.cert.json`, JSON.stringify(certificate, null, 2));
    ctx.out({ keyFile: out, certificate }, () => `已创建签名密钥：${out}\n持有人：${name}\n算法：${algorithm === 'sm2' ? 'SM2/SM3' : 'Ed25519'}\n指纹：${certificate.fingerprint}\n公钥证书：${out}.cert.json`);
  },
};

export const signCommand: CliCommand = {
  path: ['sign'],
  usage: 'sign CASEFILE --memo ID --key KEYFILE [--dissent TEXT]',
  summary: `用本人密钥签署意见书（密钥口令取自 ${KEY_ENV} 或终端输入）；--dissent 写明不同意见的理由`,
  options: { memo: { type: 'string' }, key: { type: 'string' }, dissent: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const memoId = need(values.memo, 'memo');
    const key = path.resolve(need(values.key, 'key'));
    const c = await ctx.openCase(positionals[0]);
    try {
      const keyPass = await ctx.passphrase('密钥口令：', { envVar: KEY_ENV });
      const dissent = (values.dissent as string | undefined)?.trim();
      const m = await ctx.call('memos.sign', { caseId: c.caseId, memoId, key: { kind: 'path', path: key }, passphrase: keyPass, decision: dissent ? 'dissent' : 'agree', reasons: dissent ?? '' });
      const last = m.signatures[m.signatures.length - 1];
      ctx.out(m, () => `已签署《${m.label}》第${m.version}版：${last?.name}，校验码 ${last?.code}。本版本已锁定。`);
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};

const humanVerify = (r: VerifyResult) =>
  [
    `文件：${r.title}（第${r.version}版）`,
    `SHA-256：${r.pdfSha256}`,
    ...r.items.map((i) => `${i.valid ? '有效' : '无效'}  ${i.signer}  ${i.algorithm}  ${i.signedAt}  ${i.decision}${i.valid ? '' : `  原因：${i.reason}`}`),
    ...(r.appendedAfterSigning ? ['签名之后文件末尾又被追加了内容（如用 PDF 编辑器修改后保存），阅读器显示的可能是改动后的内容。'] : []),
    r.allValid ? '结论：全部签名有效。' : '结论：存在无效签名，文件或签名不可信。',
  ].join('\n');

export const verifyCommand: CliCommand = {
  path: ['verify'],
  usage: 'verify FILE.pdf [--sig FILE.rdsig.json]',
  summary: '校验已签署的意见书 PDF 的每个签名（不需要案卷与口令）',
  options: { sig: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('缺少要校验的 PDF 文件', 'USAGE');
    const r = await ctx.call('memos.verifyFile', { file: { kind: 'path', path: path.resolve(file) }, ...(values.sig ? { sig: { kind: 'path' as const, path: path.resolve(values.sig as string) } } : {}) });
    ctx.out(r, () => humanVerify(r));
    return r.allValid ? 0 : 3;
  },
};

export const sigExport: CliCommand = {
  path: ['sig', 'export'],
  usage: 'sig export CASEFILE --memo ID --signer NAME --out DIR',
  summary: '导出一名签署人的公钥（PEM）、签名（DER）和被签数据，供 OpenSSL 独立校验',
  options: { memo: { type: 'string' }, signer: { type: 'string' }, out: { type: 'string' } },
  async run(ctx, { values, positionals }) {
    const memoId = need(values.memo, 'memo');
    const signer = need(values.signer, 'signer');
    const dir = path.resolve(need(values.out, 'out'));
    const { SignedDataSchema } = await load.signing();
    const { spkiPem } = await load.keys();
    const c = await ctx.openCase(positionals[0]);
    try {
      const bundle = (await ctx.services()).memos.bundle(c.caseId, memoId);
      const sig = bundle.signatures.find((s) => SignedDataSchema.parse(JSON.parse(s.signedData)).signer.name === signer);
      if (!sig) throw new CliError(`该意见书中没有“${signer}”的签名。`, 'NOT_FOUND');
      const data = SignedDataSchema.parse(JSON.parse(sig.signedData));
      const cert = bundle.certificates.find((x) => x.fingerprint === data.signer.fingerprint)!;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'pub.pem'), spkiPem(cert));
      fs.writeFileSync(path.join(dir, 'sig.der'), Buffer.from(sig.signature, 'base64'));
      fs.writeFileSync(path.join(dir, 'data.bin'), sig.signedData, 'utf8');
      fs.writeFileSync(path.join(dir, 'cert.json'), JSON.stringify(cert, null, 2));
      const cmd = cert.algorithm === 'sm2'
        ? 'openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in data.bin -sigfile sig.der -digest sm3 -pkeyopt distid:1234567812345678'
        : 'openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in data.bin -sigfile sig.der';
      ctx.out({ dir, algorithm: cert.algorithm, opensslCommand: cmd }, () => `已导出到 ${dir}：pub.pem、sig.der、data.bin、cert.json\n在该目录中用 OpenSSL 3 校验：\n  ${cmd}`);
    } finally {
      await ctx.call('cases.close', { caseId: c.caseId });
    }
  },
};

export const memoCommands = [memoCommand, keyCreate, signCommand, verifyCommand, sigExport];
