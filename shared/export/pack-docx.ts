import { Packer, type Document } from 'docx';
import { strToU8, zipSync } from 'fflate';

/**
 * The .docx bytes of a document; works in Node and in a browser alike.
 *
 * docx's Packer compresses every part at DEFLATE level 6; level 1 makes the
 * file a few percent larger and the export of a long meeting noticeably
 * faster (the CLI is timed against pandoc). So the parts come from docx's
 * own compiler (the one the Packer uses) and are zipped here; should a
 * later docx hide that compiler, the Packer does all of it as before.
 */
type PartData = string | Uint8Array | ArrayBuffer;

interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: []): Map<string, PartData>;
}

function docxCompiler(): DocxCompiler | null {
  const candidate: unknown = Reflect.get(Packer, 'compiler');
  return typeof candidate === 'object' && candidate !== null && typeof Reflect.get(candidate, 'compile') === 'function'
    ? (candidate as DocxCompiler)
    : null;
}

function bytesOf(data: PartData): Uint8Array {
  return typeof data === 'string' ? strToU8(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Whether the fast path (docx's compiler, our zip) is there; a test checks it, so an upgrade of docx that hides it is noticed. */
export function packsWithOwnZip(): boolean {
  return docxCompiler() !== null;
}

export async function packDocx(document: Document): Promise<Uint8Array> {
  const compiler = docxCompiler();
  if (compiler === null) return new Uint8Array(await Packer.toArrayBuffer(document));
  const parts = compiler.compile(document, undefined, []);
  return zipSync(Object.fromEntries([...parts].map(([path, data]) => [path, bytesOf(data)])), { level: 1 });
}
