import type { BrowserContext, Page } from '@playwright/test';

/**
 * What the user waits for, measured inside the page as the Event Timing API (and INP) defines an interaction's
 * latency: from the input event's timestamp to the first frame painted after the answer is visible. The bench's wall
 * time around a Playwright action also counts Playwright's own work (actionability checks: scroll into view, stable
 * over two frames, hit test; and the CDP round trips of the click and of the wait), which no user waits for.
 *
 * The probe (installed in every page of the context before the app's scripts) records, once armed, the timeStamp of
 * the first pointerdown or keydown (a capture listener on window, so before any of the app's handlers) and checks on
 * every animation frame whether all of the action's selectors match a visible element. The frame in which they first
 * hold is the one that paints the answer; the latency ends at the next animation frame's time, by which that frame has
 * been painted (Event Timing's "next paint" end, to within the compositor's presentation). Event Timing entries
 * (PerformanceObserver 'event', durationThreshold 16 ms) of the same interaction are collected beside it: their
 * `duration` is the browser's own input-to-next-paint figure, rounded to 8 ms, ending at the first paint after the
 * input's handlers, which for an action whose answer comes from the host is before the answer.
 */
export interface InPageLatency {
  /** Per stage: input timestamp to the animation frame after the one in which the stage's answer was first visible (ms). */
  toAnswer: Record<string, number>;
  /** The longest Event Timing entry of the interaction (ms, 8 ms steps), 0 if none reached 16 ms. */
  eventMax: number;
}

/**
 * A stage of an action's answer: all its selectors match a visible element (a selector starting with `!`: none
 * matches one). Most actions have one stage; saving a verdict has two (the value shown, then shown and saved).
 */
export type Stages = Record<string, string[]>;

/**
 * The probe, as the page's own script (plain JavaScript: the bench is compiled without the DOM's types). `arm(stages)`
 * starts an action; `result()` is its figures once every stage has been painted and three more frames have passed
 * (Event Timing entries are delivered after their paint), else null.
 */
const PROBE = `(() => {
  let armed = null;
  const onInput = (e) => { if (armed && !armed.input) armed.input = e.timeStamp; };
  addEventListener('pointerdown', onInput, { capture: true });
  addEventListener('keydown', onInput, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (armed && armed.input && e.startTime >= armed.input - 1) armed.events = Math.max(armed.events, e.duration);
    }).observe({ type: 'event', durationThreshold: 16 });
  } catch { /* no Event Timing: eventMax stays 0 */ }
  const shown = (sel) => {
    for (const el of document.querySelectorAll(sel)) if (el.getClientRects().length && el.checkVisibility({ visibilityProperty: true })) return true;
    return false;
  };
  const holds = (sel) => (sel.startsWith('!') ? !shown(sel.slice(1)) : shown(sel));
  const frame = (a) => (t) => {
    if (armed !== a) return; // armed again since: that action has its own loop
    if (a.input) {
      for (const s of a.stages) {
        if (s.answer && !s.after) s.after = t; // the frame that showed this stage's answer has been painted
        else if (!s.answer && s.selectors.every(holds)) {
          s.answer = t;
          performance.mark('rd-answer-' + s.name); // seen in a Chromium trace (blink.user_timing), to check the probe
        }
      }
      if (a.stages.every((s) => s.after) && ++a.settled > 3) return;
    }
    requestAnimationFrame(frame(a));
  };
  window.__rdProbe = {
    arm(stages) {
      armed = { stages: stages.map(([name, selectors]) => ({ name, selectors, answer: 0, after: 0 })), input: 0, events: 0, settled: 0 };
      requestAnimationFrame(frame(armed));
    },
    result: () => (armed && armed.settled > 3
      ? { input: armed.input, stages: Object.fromEntries(armed.stages.map((s) => [s.name, s.after - armed.input])), events: armed.events }
      : null),
  };
})();`;

interface ProbeResult { input: number; stages: Record<string, number>; events: number }
type ProbeWindow = { __rdProbe: { arm(stages: [string, string[]][]): void; result(): ProbeResult | null } };

/** Installs the probe in every page of the context (call before the page is opened). */
export async function installLatencyProbe(context: BrowserContext) {
  await context.addInitScript({ content: PROBE });
}

/**
 * Runs `act` (the Playwright action and its wait) with the probe armed for `stages`, and returns the in-page latency
 * once the frames after the answer have come (they have, or come within a few frames, when the Playwright wait returns).
 */
export async function inPage(page: Page, stages: Stages, act: () => Promise<void>): Promise<InPageLatency> {
  await page.evaluate((s) => (globalThis as unknown as ProbeWindow).__rdProbe.arm(s), Object.entries(stages));
  await act();
  const r = (await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__rdProbe.result(), undefined, { polling: 'raf' }).then((h) => h.jsonValue())) as ProbeResult | null;
  if (!r || !r.input) throw new Error('the probe saw no input event');
  return { toAnswer: r.stages, eventMax: r.events };
}
