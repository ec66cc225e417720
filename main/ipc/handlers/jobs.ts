import type { Services } from '../../services/container';
import type { HandlersFor } from './types';

export const jobsHandlers = (s: Services): HandlersFor<'jobs.'> => ({
  'jobs.status': ({ jobId }) => s.jobs.status(jobId),
  'jobs.cancel': ({ jobId }) => s.jobs.cancel(jobId),
});
