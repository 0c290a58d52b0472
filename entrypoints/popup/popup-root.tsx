// The popup's one root component, from the first frame to the end: main.tsx renders it with
// the first frame's views (first-paint-views.ts) before the hooks are loaded; popup-app.tsx
// hands it the hooks (`useHookedViews`) and renders it again. Preact keeps a component's hooks
// in call order and creates those a render calls for the first time, so a root that called
// none starts them exactly as at a mount, while everything below it keeps its DOM and state:
// focus, scroll, the tab and the keyboard-active row the user chose in the first frame, and
// the rows themselves (no second tree swapped in). The switch is one way: never back to none.
import { PopupView, type PopupViews } from './popup-view';

let useHookedViews: (() => PopupViews) | null = null;

/** From the next render on, the root's views come from the hooks (popup-app.tsx). */
export function hookUpPopupRoot(hook: () => PopupViews): void {
  useHookedViews = hook;
}

/** Back to before the hooks (tests mount more than one popup in a page). */
export function resetPopupRoot(): void {
  useHookedViews = null;
}

export function PopupRoot({ first }: { first: PopupViews | null }) {
  // Before the hooks: no hook is called at all (see above); `first` is the snapshot's frame.
  const views = useHookedViews ? useHookedViews() : first;
  return views ? <PopupView {...views} /> : null;
}
