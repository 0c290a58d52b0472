// The first frame's actions (first-paint-views.ts): main.tsx draws the popup from the snapshot
// before the hooks exist, and a click or key in those first tens of ms must not be lost. Each
// action is recorded with its arguments until popup-app.tsx mounts the hooks over the same
// components (popup-root.tsx), then replayed in order on the hooks' real actions; a recorded
// call made after that (an effect of the first frame that runs late) goes straight through.
import type { PopupViews } from './popup-view';

type Group = keyof PopupViews;
interface Recorded {
  group: Group;
  name: string;
  args: unknown[];
  settle: (result: unknown) => void;
}

const recorded: Recorded[] = [];
let live: PopupViews | null = null;

const call = (views: PopupViews, group: Group, name: string, args: unknown[]): unknown => (views[group].actions as Record<string, (...a: unknown[]) => unknown>)[name]!(...args);

/**
 * An action of the first frame: until the hooks are live it records the call and returns a
 * promise of the real action's result (what an async action such as addTopic answers later).
 */
export function recordedAction(group: Group, name: string): (...args: unknown[]) => Promise<unknown> {
  return (...args) => {
    if (live) return Promise.resolve(call(live, group, name, args));
    return new Promise((settle) => recorded.push({ group, name, args, settle }));
  };
}

/** The hooks' views of the latest render: replays what was recorded before them (once), then forwards. */
export function goLive(views: PopupViews): void {
  live = views;
  for (const r of recorded.splice(0)) {
    try {
      r.settle(call(views, r.group, r.name, r.args));
    } catch (e) {
      console.error(e); // one failed action must not keep the next ones from running
      r.settle(undefined);
    }
  }
}

/** How many calls wait for the hooks (tests). */
export const recordedCount = (): number => recorded.length;

/** Back to before the hooks (tests mount more than one popup in a page). */
export function resetFirstFrameActions(): void {
  recorded.length = 0;
  live = null;
}
