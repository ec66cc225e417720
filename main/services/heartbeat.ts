/**
 * Signs of life from a long job (a page read, a part inflated), and the runner's request that it stop. In a worker
 * heartbeats are posted to the runner, which stops a job that goes silent (a parser caught in a loop on a hostile
 * file); elsewhere they cost nothing. A job asked to stop (cancelled, hung, over its memory budget) ends at its next
 * heartbeat or, in a long inflate, at its next chunk: stopping between steps, never inside native work.
 */
let sink: (() => void) | null = null;
let stop: (() => boolean) | null = null;

export function heartbeat() {
  sink?.();
}

export function onHeartbeat(fn: (() => void) | null) {
  sink = fn;
}

/** Whether the runner asked the current job to stop (always false outside a worker). */
export function stopRequested() {
  return stop?.() ?? false;
}

export function onStopRequest(fn: (() => boolean) | null) {
  stop = fn;
}
