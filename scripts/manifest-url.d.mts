// Types for manifest-url.mjs (kept in JS so webpack.config.js can import it without a TypeScript loader).
export declare const DEV_URL: string;
export declare const DEFAULT_PROD_URL: string;
export declare function resolveProdUrl(envProdUrl?: string, processEnv?: Readonly<Record<string, string | undefined>>): string;
export declare function manifestForUrl(xml: string, baseUrl: string): string;
