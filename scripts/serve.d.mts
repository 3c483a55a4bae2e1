// Types for serve.mjs (plain ESM so `npm run preview` needs no TypeScript runner).
import type { Server } from 'node:http';

export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function createStaticServer(root: string): Server;
