/** About half a frame of work at a time: the other half is left for input, rendering and the host page. */
export const SLICE_MS = 8;

/** `scheduler.postTask` (Chromium), which the DOM types of TypeScript do not describe yet. */
interface TaskScheduler {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
}

const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;

/** `navigator.scheduling.isInputPending()` (Chromium): a key or click is waiting for the main thread. */
const scheduling = (globalThis.navigator as { scheduling?: { isInputPending?: () => boolean } } | undefined)?.scheduling;
const inputPending = (): boolean => scheduling?.isInputPending?.() ?? false;

/**
 * Runs `callback` in a task of its own, after the input and rendering already waiting: a background task where
 * the browser has `scheduler.postTask`, else a timer (which browsers space by 4 ms after a few in a row).
 */
const nextTask = (callback: () => void): void => {
  if (scheduler) void scheduler.postTask(callback, { priority: 'background' });
  else setTimeout(callback);
};

/** Runs `callback` once the frame being produced has been painted, or after 100 ms in a page that paints none. */
const afterNextPaint = (callback: () => void): void => {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    callback();
  };
  // A hidden page runs no animation frames.
  const timer = setTimeout(once, 100);
  requestAnimationFrame(() => {
    clearTimeout(timer);
    nextTask(once);
  });
};

/**
 * Runs `steps` to the end a slice of about {@link SLICE_MS} at a time, each slice a task of its own, starting
 * after the next paint: a keystroke or a frame waits at most one slice, or one step where a step takes longer
 * (the steps decide their length; a slice only groups them), and a slice ends early when input is waiting.
 * After each slice, `report` is given the value the last step yielded. Resolves to true when the steps are
 * done, false when `wanted()` turned false first and the rest was abandoned; rejects with what a step threw.
 */
export function runInSlices<T>(steps: Iterator<T>, wanted: () => boolean, report?: (value: T) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (!wanted()) {
        resolve(false);
        return;
      }
      let now = performance.now();
      const end = now + SLICE_MS;
      let step: IteratorResult<T>;
      try {
        // Another step is taken only if one as long as the last would still end within the slice.
        let took = 0;
        do {
          step = steps.next();
          if (step.done) {
            resolve(true);
            return;
          }
          took = performance.now() - now;
          now += took;
        } while (now + took < end && !inputPending());
      } catch (error) {
        reject(error);
        return;
      }
      report?.(step.value);
      nextTask(slice);
    };
    afterNextPaint(slice);
  });
}
