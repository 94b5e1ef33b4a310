// Types for cli/build.mjs, which stays plain JavaScript so bin/mdo.js can run it without a compiler.
import type { BuildOptions, LogLevel, Metafile } from 'esbuild';

export declare const CLI_OUT_DIR: string;
export declare const CLI_ENTRY: string;
export declare const CLI_METAFILE: string;
export declare function cliBuildIsCurrent(): boolean;
export declare function cliBuildOptions(): BuildOptions;
export declare function buildCli(options?: { outDir?: string; logLevel?: LogLevel }): Promise<Metafile>;
