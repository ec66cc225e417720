// Child process for the crash test: opens a case and saves in a loop, each save one transaction that changes the title,
// stores a 1 MB blob and appends to the audit log. Prints "saved N" after each commit. The parent kills it mid-write.
import crypto from 'node:crypto';
import { CaseStore } from '../../main/store/caseStore';

const [file, passphrase] = process.argv.slice(2);
const store = CaseStore.open(file, passphrase);
for (let n = 1; ; n++) {
  store.tx(() => {
    store.db.prepare('UPDATE case_info SET title = ?, updated_at = ? WHERE id = 1').run(`save-${n}`, new Date().toISOString());
    store.putBlob(crypto.randomBytes(1024 * 1024));
    store.audit('crash-test', 'save', { n });
  });
  process.stdout.write(`saved ${n}\n`);
}
