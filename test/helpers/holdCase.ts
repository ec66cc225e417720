// Child process for the lock test: opens a case for writing, says so, and holds it until killed.
import { CaseStore } from '../../main/store/caseStore';

const [file, passphrase] = process.argv.slice(2);
const store = CaseStore.open(file, passphrase);
process.stdout.write('open\n');
setInterval(() => store.db.prepare('SELECT 1').get(), 1000);
