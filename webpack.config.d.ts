// Types for webpack.config.js (plain ESM so webpack-cli loads it without a TypeScript loader); used by tests/build.
import type { Configuration } from 'webpack';

export declare const OFFICE_JS_URL: string;
export default function config(
  env?: Readonly<Record<string, unknown>>,
  argv?: { readonly mode?: 'production' | 'development' },
): Promise<Configuration>;
