/**
 * For a state setter: keeps the previous value when a re-read returned the same content, so that React skips the
 * re-render and effects keyed on the value do not run again (a tab re-reading its state on every visit must not make
 * every child re-read and redraw). Answers are plain JSON, so their JSON text is their content.
 */
export function keepIfEqual<T>(next: T): (prev: T) => T {
  const text = JSON.stringify(next);
  return (prev) => (prev !== null && prev !== undefined && JSON.stringify(prev) === text ? prev : next);
}
