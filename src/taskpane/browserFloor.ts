/**
 * What the page needs below its browser floor (Chrome 80 / Safari 14.1, docs/addin.md) that our own
 * code cannot avoid: Fluent UI's focus management (tabster, keyborg) calls `WeakRef` unguarded, and
 * Chromium 80–83 (early WebView2) has none. A weak reference cannot be emulated — core-js and the other
 * polyfill libraries do not offer one — so a strong reference stands in: tabster then keeps a few
 * detached elements alive until the pane closes, which a task pane's lifetime can afford.
 * Every other built-in past the floor is kept out of src by the lint rule (build/browserFloor.json).
 * Imported first by the page's entry, so it runs before Fluent's code.
 */
class StrongRef<T extends object> {
  readonly #target: T;
  constructor(target: T) {
    this.#target = target;
  }
  deref(): T | undefined {
    return this.#target;
  }
}

const scope = globalThis as { WeakRef?: unknown };
if (typeof scope.WeakRef !== 'function') scope.WeakRef = StrongRef;
