/**
 * Signs of life from a long job (a page read, a part inflated). In a worker they are posted to the runner, which
 * stops a job that goes silent (a parser caught in a loop on a hostile file); elsewhere they cost nothing.
 */
let sink: (() => void) | null = null;

export function heartbeat() {
  sink?.();
}

export function onHeartbeat(fn: (() => void) | null) {
  sink = fn;
}
