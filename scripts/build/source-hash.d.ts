// Types for source-hash.js (plain JavaScript, so that `npm start` needs no TypeScript).
export declare const root: string;
export declare const stampFile: string;
export declare function hasSources(): boolean;
export declare function sourceHash(): string;
export declare function readStamp(): { sourceHash: string; builtAt: string } | null;
export declare function buildIsCurrent(): boolean;
