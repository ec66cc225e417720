/**
 * What commands load only when they run, never for `--help` or a usage error: every module here builds zod schemas
 * (or loads the worker) when imported, which was most of the CLI's start-up time.
 */
export const load = {
  caseDomain: () => import('../../shared/domain/case'),
  ruleset: () => import('../../shared/review/ruleset'),
  report: () => import('../../shared/review/report'),
  meeting: () => import('../../shared/domain/meeting'),
  scoringEngine: () => import('../../shared/scoring/engine'),
  scoringEvaluation: () => import('../../shared/scoring/evaluation'),
  scoringScheme: () => import('../../shared/scoring/scheme'),
  signing: () => import('../../shared/memo/signing'),
  keys: () => import('../services/memos/keys'),
  worker: () => import('../services/worker'),
};
