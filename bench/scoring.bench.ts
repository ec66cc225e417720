import type { Bench } from './run';
import { medianMs } from './util';
import { evaluate } from '../shared/scoring/engine';
import { bigEvaluation } from '../test/helpers/scoringSessions';


const bench: Bench = async (report) => {
  const e = bigEvaluation();
  for (let i = 0; i < 3; i++) evaluate(e); // JIT warm-up for both variants
  for (const aggregation of ['mean', 'trimmed'] as const) {
    const ev = { ...e, options: { ...e.options, aggregation } };
    let findings = 0;
    const ms = await medianMs(() => {
      findings = evaluate(ev).findings.length;
    }, 9);
    // CPU time too: five developers share two cores, and wall time then mostly measures waiting for a core.
    const cpu: number[] = [];
    for (let i = 0; i < 9; i++) {
      const c0 = process.cpuUsage();
      evaluate(ev);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    report({ name: `scoring.evaluate.${aggregation}`, value: ms, unit: 'ms', goal: 100, cpuMs: Math.round(cpu[4] * 10) / 10, note: `wall time, aggregate + art. 64 checks + rank: 200 applicants × 25 members × 40 criteria (${findings} findings); median of 9; cpuMs = median CPU time of the process` });
  }
};
export default bench;
