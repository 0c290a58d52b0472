/**
 * Runs `fn` once, a task after the next frame is painted, or after `ms` if no frame comes first:
 * a page that is not shown (popup.html opened in a background tab) runs no animation frames,
 * and what waits for the frame must run whether or not one comes.
 */
export function afterFrame(fn: () => void, ms = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    fn();
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, ms);
}
