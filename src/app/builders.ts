/** The default wiring of the domain's sheet builders (the list of our sheets) and highlight rules into the use cases. */
import { buildHighlightRules } from '../domain/specs/highlight';
import { OUR_SHEETS } from '../domain/specs/sheets';
import type { Builders } from './workbench';

export const defaultBuilders: Builders = {
  sheets: Object.fromEntries(OUR_SHEETS.map((s) => [s.key, s.build])),
  highlights: buildHighlightRules,
};
