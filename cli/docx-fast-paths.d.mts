// Types for cli/docx-fast-paths.mjs, plain JavaScript like build.mjs, which imports it.
import type { Plugin } from 'esbuild';

export interface DocxFastPath {
  name: string;
  edits: { find: string; replace: string }[];
}

export declare const DOCX_MODULE: RegExp;
export declare const DOCX_FAST_PATHS: readonly DocxFastPath[];
export declare function withDocxFastPaths(source: string): { contents: string; applied: string[]; skipped: string[] };
export declare function docxFastPathsPlugin(): Plugin;
