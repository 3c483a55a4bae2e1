/** What every jsdom test of the pane needs before it renders Fluent UI (import it first, for its effects). */
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default: on a 2-core machine running the whole suite (a production build,
// LibreOffice and Chromium beside it), the first render of Fluent UI plus a scan sometimes takes longer, and a test
// failed for that alone. Waiting longer changes nothing when the pane is right and only delays a failure.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no ResizeObserver; Fluent measures some parts with one. A do-nothing one is enough here.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;
