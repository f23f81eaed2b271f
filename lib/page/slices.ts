// Work on a page's main thread in short slices, so that a long page never freezes it: a slice
// runs until SLICE_MS is used up, then the work waits for an idle moment (requestIdleCallback,
// or at most IDLE_TIMEOUT_MS) and goes on. The first slice runs at once, so short work (a normal
// article) is done in one go. Plain DOM; the window is passed in (happy-dom in the tests).

/** The longest a slice of work runs before it hands the main thread back (ms). */
export const SLICE_MS = 8;
/** How long a slice waits for an idle moment before it runs anyway (ms). */
const IDLE_TIMEOUT_MS = 200;

export class Slices {
  private started: number;

  /**
   * @param view the page's window (for requestIdleCallback); null: a plain timeout.
   * @param onResume called at each check and after each wait, before work goes on: throw from it
   *   to abandon the work.
   * @param taskStart when the current task began, if other work ran in it before this (the
   *   loader's gate): the first slice counts from then, so that the two never make one long task.
   */
  constructor(
    private readonly view: Pick<Window, 'requestIdleCallback'> | null,
    private readonly onResume?: () => void,
    taskStart = performance.now(),
  ) {
    this.started = taskStart;
  }

  /** The current slice is used up. */
  spent(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  /**
   * A fresh slice for the next step, in the same task, unless the task has already run
   * `SLICE_MS * 2`: so a task never runs past three slices' worth (24 ms, half the long-task bound).
   * For the page's first read (the loader's): the gate and the messages before it could use up
   * the slice, and then the read of a normal article waited for an idle moment, which Chromium
   * gives late while a page loads (seen: 30–45 ms late on the seed article).
   */
  renew(): void {
    if (performance.now() - this.started < SLICE_MS * 2) this.started = performance.now();
  }

  /** If the current slice is used up, wait for the next one. (Called between two steps of work:
   * the work may have been abandoned meanwhile, so onResume is asked either way.) */
  async check(): Promise<void> {
    if (this.spent()) await this.next();
    else this.onResume?.();
  }

  /** Hand the main thread back now; resolves when the next slice may start. */
  async next(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (typeof this.view?.requestIdleCallback === 'function') this.view.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
      else setTimeout(resolve, 0);
    });
    this.onResume?.();
    this.started = performance.now();
  }
}
