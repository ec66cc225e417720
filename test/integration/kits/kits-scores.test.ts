import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/canonical';
import { unlockKey } from '../../../main/services/memos/keys';
import { codeOf, KEY_PASS, pathRef, twoLaptops } from './kit-helpers';

process.env.REVIEW_DESK_TEMPLATES_DIR ??= path.resolve(import.meta.dirname, '..', '..', '..', 'templates');

let t: ReturnType<typeof twoLaptops>;
beforeEach(() => (t = twoLaptops()));
afterEach(() => t.cleanup());

const BID_TEXT = '甲数据公司授权运营申报书\n\n一、运营方案\n本公司拟开发交通出行数据产品，收益按约定比例分配。';

async function selectionCase() {
  const file = path.join(t.office.dir, 'sel.rdcase');
  const { caseId } = await t.office.newCase({ caseType: 'operator_selection', title: '公共数据授权运营单位遴选' }, file);
  const { templates } = await t.office.call('selection.templates', {});
  const scheme = templates.find((x) => x.templateId === 'wenzhou-default')!.scheme;
  await t.office.call('selection.saveScheme', { caseId, scheme });
  const jia = await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '甲数据公司', price: 100 } });
  const yi = await t.office.call('selection.saveApplicant', { caseId, applicant: { name: '乙数据公司', price: 120 } });
  const bid = path.join(t.office.dir, '甲申报书.txt');
  fs.writeFileSync(bid, BID_TEXT);
  await t.office.call('documents.import', { caseId, file: pathRef(bid), role: 'bid', bidder: '甲数据公司' });
  return { caseId, file, scheme, applicants: [jia.applicantId, yi.applicantId] };
}

const none = (ids: string[]) => ids.map((applicantId) => ({ applicantId, relation: 'none' as const, note: '' }));

describe('回避声明 and score sheets through kits, results sealed until every member is in', () => {
  it('kit 1 carries the 回避声明 form only; bids and the sheet go out only after the signed clean 回避 is imported', async () => {
    const { caseId, file, scheme, applicants } = await selectionCase();
    const a = await t.expert(caseId, '张专家', 'chair');
    const b = await t.expert(caseId, '李专家');
    const c = await t.expert(caseId, '王专家');
    const crit = scheme.criteria.filter((x) => x.kind !== 'price');
    const full = Object.fromEntries(applicants.map((id, i) => [id, Object.fromEntries(crit.map((x) => [x.id, Math.round(x.max * (0.6 + 0.1 * i))]))]));

    // Kit 1: the 回避声明 form, no bids, no sheet (the case has no signed 回避 of this expert yet).
    const k1 = await t.exportKit(caseId, a.memberId);
    expect(k1.contents).toMatchObject({ recusal: true, scoring: false, scoringReason: expect.stringContaining('回避声明') });
    const kit1 = await t.openKit(k1.path, a.keyPath);
    expect(kit1.recusal!.applicants.map((x) => x.name)).toEqual(['甲数据公司', '乙数据公司']);
    expect(kit1.scoring.allowed).toBe(false);
    expect(kit1.documents.filter((d) => d.role === 'bid')).toEqual([]);
    expect(JSON.stringify(kit1)).not.toContain('交通出行数据产品');
    expect(await codeOf(t.laptop.call('experts.kitScores', { kitId: kit1.kitId, scores: full }))).toBe('KIT_NOT_INCLUDED');
    expect(await codeOf(t.laptop.call('experts.kitDeclare', { kitId: kit1.kitId, declarations: none(applicants.slice(0, 1)) }))).toBe('SELECTION_DECLARATION_INCOMPLETE');
    await t.laptop.call('experts.kitDeclare', { kitId: kit1.kitId, declarations: none(applicants) });
    const r1 = await t.writeReturn(kit1.kitId, a.keyPath);
    expect(r1.contents).toEqual({ verdicts: 0, recusal: true, scores: false, memo: false });
    expect(await t.importReturn(caseId, r1.path)).toMatchObject({ recusal: { recused: false }, scores: false, records: [{ kind: 'recusal' }] });

    // 李 declares a relation with 乙: recused, and no sheet ever goes to him.
    const kb = await t.exportKit(caseId, b.memberId);
    const kitB = await t.openKit(kb.path, b.keyPath);
    await t.laptop.call('experts.kitDeclare', { kitId: kitB.kitId, declarations: [{ applicantId: applicants[0], relation: 'none', note: '' }, { applicantId: applicants[1], relation: 'employed', note: '2024 年曾任该公司顾问' }] });
    expect(await t.importReturn(caseId, (await t.writeReturn(kitB.kitId, b.keyPath)).path)).toMatchObject({ recusal: { recused: true } });
    const kb2 = await t.exportKit(caseId, b.memberId);
    expect(kb2.contents).toMatchObject({ scoring: false, scoringReason: expect.stringContaining('利害关系') });

    // Sealed: 张 and 王 have not returned their sheets; the response says who is outstanding; nothing exported.
    const sealed = await t.office.call('selection.results', { caseId });
    expect(sealed).toMatchObject({ sealed: true, pendingMembers: ['张专家', '王专家'], sheets: {} });
    expect(sealed.results.ranking).toEqual([]);
    expect(sealed.results.applicants.every((x) => x.total === null && !x.recommended)).toBe(true);
    await expect(t.office.call('selection.exportResults', { caseId })).rejects.toMatchObject({ code: 'SELECTION_RESULTS_SEALED', message: expect.stringContaining('张专家、王专家') });
    const status = await t.office.call('experts.kitStatus', { caseId });
    expect(status.members.map((m) => [m.name, m.recusal, m.recused, m.outstanding])).toEqual([['张专家', 'signed', false, true], ['李专家', 'signed', true, false], ['王专家', 'none', false, true]]);

    // Kit 2 for 张: the bid documents with their hashes and the blank sheet with each criterion's range and 评分指引.
    const k2 = await t.exportKit(caseId, a.memberId);
    expect(k2.contents).toMatchObject({ recusal: true, scoring: true, scoringReason: '' });
    const kit2 = await t.openKit(k2.path, a.keyPath);
    // No 资格/符合性审查 is recorded yet: the sheet says so per bid, as the office's own sheet does.
    expect(kit2.scoring.applicants.map((x) => x.reviewPending)).toEqual([expect.stringContaining('资格审查'), expect.stringContaining('符合性审查')]);
    const bidDoc = kit2.documents.find((d) => d.role === 'bid')!;
    expect(bidDoc).toMatchObject({ applicantId: applicants[0], sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(bidDoc.document)).toContain('交通出行数据产品');
    expect(kit2.scoring.criteria.find((x) => x.id === 'plan')).toMatchObject({ min: 0, max: 30, guidance: expect.stringContaining('运营目标') });
    expect(kit2.scoring.criteria.some((x) => x.kind === ('price' as string))).toBe(false);
    // Out of range: refused in Chinese, naming the cell and the range; nothing kept.
    const over = { [applicants[0]]: { plan: 31 } };
    await expect(t.laptop.call('experts.kitScores', { kitId: kit2.kitId, scores: over })).rejects.toMatchObject({ code: 'SELECTION_SCORE_INVALID', message: expect.stringContaining('甲数据公司“授权运营方案”31 分（应为 0～30 分）') });
    expect(await codeOf(t.laptop.call('experts.kitScores', { kitId: kit2.kitId, scores: { [applicants[0]]: { plan: -1 } } }))).toBe('SELECTION_SCORE_INVALID');
    const partial = await t.laptop.call('experts.kitScores', { kitId: kit2.kitId, scores: { [applicants[0]]: full[applicants[0]] } });
    expect(partial.ready).toMatchObject({ scores: 'incomplete', gaps: expect.arrayContaining([expect.stringContaining('乙数据公司')]) });
    await expect(t.laptop.call('experts.writeReturn', { kitId: kit2.kitId, key: pathRef(a.keyPath), passphrase: 'key-口令-123' })).rejects.toMatchObject({ code: 'SELECTION_SHEET_INCOMPLETE', message: expect.stringContaining('乙数据公司') });
    await t.laptop.call('experts.kitScores', { kitId: kit2.kitId, scores: full, notes: { [applicants[0]]: { plan: '场景清晰' } } });
    const r2 = await t.writeReturn(kit2.kitId, a.keyPath);
    expect(r2.contents).toEqual({ verdicts: 0, recusal: false, scores: true, memo: false });
    expect(await t.importReturn(caseId, r2.path)).toMatchObject({ scores: true, records: [{ kind: 'scores' }] });
    expect(await codeOf(t.importReturn(caseId, r2.path))).toBe('KIT_RETURN_DUPLICATE');

    // Still sealed for 王 alone.
    expect(await t.office.call('selection.results', { caseId })).toMatchObject({ sealed: true, pendingMembers: ['王专家'] });

    // 王: 回避 in kit 1, then a kit 2 with the sheet; the bid is revised before his return comes back: refused.
    const kc = await t.exportKit(caseId, c.memberId);
    const kitC = await t.openKit(kc.path, c.keyPath);
    await t.laptop.call('experts.kitDeclare', { kitId: kitC.kitId, declarations: none(applicants) });
    await t.importReturn(caseId, (await t.writeReturn(kitC.kitId, c.keyPath)).path);
    const kc2 = await t.exportKit(caseId, c.memberId);
    const kitC2 = await t.openKit(kc2.path, c.keyPath);
    await t.laptop.call('experts.kitScores', { kitId: kitC2.kitId, scores: full });
    const rc = await t.writeReturn(kitC2.kitId, c.keyPath);
    const revised = path.join(t.office.dir, '甲申报书-修订.txt');
    fs.writeFileSync(revised, `${BID_TEXT}\n二、补充说明\n增加数据安全管理制度。`);
    const docs = await t.office.call('documents.list', { caseId });
    await t.office.call('documents.import', { caseId, file: pathRef(revised), role: 'bid', bidder: '甲数据公司', target: { documentId: docs.documents[0].documentId } });
    const before = fs.readFileSync(file);
    expect(await codeOf(t.importReturn(caseId, rc.path))).toBe('KIT_RETURN_DOCUMENT_CHANGED');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // A fresh kit with the current bid: accepted, and the results open.
    const kc3 = await t.exportKit(caseId, c.memberId);
    const kitC3 = await t.openKit(kc3.path, c.keyPath);
    expect(JSON.stringify(kitC3.documents)).toContain('数据安全管理制度');
    await t.laptop.call('experts.kitScores', { kitId: kitC3.kitId, scores: full });
    await t.importReturn(caseId, (await t.writeReturn(kitC3.kitId, c.keyPath)).path);

    const open = await t.office.call('selection.results', { caseId });
    expect(open).toMatchObject({ sealed: false, pendingMembers: [] });
    expect(open.results.ranking.length).toBe(2);
    expect(Object.keys(open.sheets).sort()).toEqual([a.memberId, c.memberId].sort());
    expect(open.notes[a.memberId]).toEqual({ [applicants[0]]: { plan: '场景清晰' } });
    await t.office.call('selection.exportResults', { caseId });
    const { records } = await t.office.call('experts.records', { caseId });
    expect(records.every((r) => r.valid)).toBe(true);
    expect(records.map((r) => `${r.memberName}:${r.kind}`).sort()).toEqual(['张专家:recusal', '张专家:scores', '李专家:recusal', '王专家:recusal', '王专家:scores'].sort());
    const audit = (await t.office.call('cases.audit', { caseId, limit: 100 })).entries;
    expect(audit.find((e) => e.action === 'selection.submit')!.actor).toMatch(/导入 .+ 的回执/);
  });
});

describe('a score sheet smuggled into a return', () => {
  it('is refused when the kit carried no sheet, even signed by the right key, and the case is unchanged', async () => {
    const { caseId, file, scheme, applicants } = await selectionCase();
    const a = await t.expert(caseId, '张专家', 'chair');
    const k1 = await t.exportKit(caseId, a.memberId);
    const kit1 = await t.openKit(k1.path, a.keyPath);
    await t.laptop.call('experts.kitDeclare', { kitId: kit1.kitId, declarations: none(applicants) });
    const r1 = await t.writeReturn(kit1.kitId, a.keyPath);
    // The expert (or anyone holding their key) adds a score sheet to the return of kit 1, signed properly.
    const ret = JSON.parse(fs.readFileSync(r1.path, 'utf8'));
    const recusal = JSON.parse(ret.records[0].signedText);
    const crit = scheme.criteria.filter((x) => x.kind !== 'price');
    const text = canonicalJson({
      ...recusal, kind: 'scores', supersedes: null,
      body: { kit: recusal.body.kit, scheme: { name: scheme.name, criteria: crit.map((c) => ({ id: c.id, name: c.name, max: c.max })) }, sheet: applicants.map((id) => ({ applicantId: id, applicant: id, scores: Object.fromEntries(crit.map((c) => [c.id, c.max])) })), notes: {} },
    });
    const key = unlockKey(fs.readFileSync(a.keyPath, 'utf8'), KEY_PASS);
    ret.records.push({ kind: 'scores', signedText: text, signature: key.sign(Buffer.from(text, 'utf8')).toString('base64') });
    const forged = path.join(t.usb, 'forged.rdreturn');
    fs.writeFileSync(forged, JSON.stringify(ret));
    const before = fs.readFileSync(file);
    expect(await codeOf(t.importReturn(caseId, forged))).toBe('KIT_RETURN_NOT_ALLOWED');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // The genuine return still goes in.
    expect(await t.importReturn(caseId, r1.path)).toMatchObject({ recusal: { recused: false }, scores: false });
  });
});
