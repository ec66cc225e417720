import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, RULESETS_DIR } from '../../helpers/reviewCorpus';
import { KEY_PASS, pathRef, twoLaptops } from './kit-helpers';

process.env.REVIEW_DESK_TEMPLATES_DIR = path.join(path.dirname(RULESETS_DIR));

// perkind: a kit carries one review (the plan's or the agreement's); its return is checked against the latest run of
// that kind, and replaces the member's verdicts of that kind only.
let t: ReturnType<typeof twoLaptops>;
afterEach(() => t?.cleanup());

async function answer(kitPath: string, keyPath: string, verdicts: { itemId: string; verdict: 'conforms' | 'fails'; comment: string }[]) {
  const kit = await t.openKit(kitPath, keyPath);
  for (const v of verdicts) await t.laptop.call('experts.kitVerdict', { kitId: kit.kitId, ...v });
  const r = await t.laptop.call('experts.writeReturn', { kitId: kit.kitId, key: pathRef(keyPath), passphrase: KEY_PASS });
  const out = path.join(t.usb, `${kit.kitId}.rdreturn`);
  fs.writeFileSync(out, t.laptop.services.files.getOutput(r.file.outputId).data);
  return out;
}

describe('expert kits per kind of review', () => {
  it('a return on the plan\u2019s review is taken after the agreement was reviewed, and the agreement\u2019s return leaves the plan\u2019s verdicts', async () => {
    t = twoLaptops();
    const { caseId } = await t.office.newCase({ jurisdiction: 'hebei', title: '某市公共数据授权运营实施方案与协议评审' });
    await t.office.call('review.run', { caseId, kind: 'plan', file: pathRef(path.join(CORPUS_DIR, 'plan-hebei-defects.txt')) });
    const zhang = await t.expert(caseId, '张专家', 'chair');
    const planKit = await t.exportKit(caseId, zhang.memberId);
    await t.office.call('review.run', { caseId, kind: 'agreement', file: pathRef(path.join(CORPUS_DIR, 'agreement-hebei-good.txt')) });

    await t.importReturn(caseId, await answer(planKit.path, zhang.keyPath, [{ itemId: 'plan.products', verdict: 'fails', comment: '无产品清单' }]));
    expect((await t.office.call('review.get', { caseId, kind: 'plan' })).verdicts).toMatchObject([{ itemId: 'plan.products', memberId: zhang.memberId, verdict: 'fails', entry: 'kit' }]);

    const k = await t.office.call('experts.exportKit', { caseId, memberId: zhang.memberId, kind: 'agreement' });
    const agreementKit = path.join(t.usb, `${k.kitId}.rdkit`);
    fs.writeFileSync(agreementKit, t.office.services.files.getOutput(k.file.outputId).data);
    await t.importReturn(caseId, await answer(agreementKit, zhang.keyPath, [{ itemId: 'agr.scope', verdict: 'conforms', comment: '' }]));
    expect((await t.office.call('review.get', { caseId, kind: 'agreement' })).verdicts.map((v) => v.itemId)).toEqual(['agr.scope']);
    expect((await t.office.call('review.get', { caseId, kind: 'plan' })).verdicts.map((v) => [v.itemId, v.verdict])).toEqual([['plan.products', 'fails']]);
  });
});
