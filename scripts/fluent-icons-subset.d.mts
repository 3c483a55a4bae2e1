// Types for fluent-icons-subset.mjs (plain ESM so it runs on Node alone); used by tests/scripts/fluentIcons.test.ts.

/** Entry point ('.', './lib/providers') -> imported name -> the files (relative to the project) importing it. */
export type IconImports = Map<string, Map<string, string[]>>;
export declare const SUBSET_DIR: string;
export declare function iconImports(projectRoot?: string): IconImports;
export declare function missingNames(imports: IconImports, dir: string): Promise<string[]>;
