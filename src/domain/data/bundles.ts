/** The framework bundles, one per assessment year (data). A new year = its JSON file here + tests; copies (copyOf) come after their base. */
import fy2562 from './framework-2562.json';
import fy2563 from './framework-2563.json';
import fy2564 from './framework-2564.json';
import fy2565 from './framework-2565.json';
import fy2566 from './framework-2566.json';
import fy2567 from './framework-2567.json';
import fy2568 from './framework-2568.json';
import fy2569 from './framework-2569.json';
import fy2570 from './framework-2570.json';

export const FRAMEWORK_BUNDLES: readonly unknown[] = [
  fy2562,
  fy2563,
  fy2564,
  fy2565,
  fy2566,
  fy2567,
  fy2568,
  fy2569,
  fy2570,
];
