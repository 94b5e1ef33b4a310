import { Packer, type Document } from 'docx';
import { Zip, unzipSync, zipSync, type ZipInputFile } from 'fflate';

/**
 * The .docx bytes of a document. The parts come from docx's own compiler
 * (the one its Packer uses); they are zipped here, so the host can bring a
 * native DEFLATE: in a fresh process (the CLI) the JavaScript one takes
 * 50–90 ms for a long meeting, Node's zlib 4 ms. Without one (a browser,
 * tests) fflate zips at its default level. Should a later docx hide its
 * compiler, the parts are read back from the Packer's own file.
 */

/** Raw DEFLATE and CRC-32, as Node's zlib has them. */
export interface Deflater {
  deflateRaw(data: Uint8Array): Uint8Array<ArrayBuffer>;
  crc32(data: Uint8Array): number;
}

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

const encoder = new TextEncoder();

function bytesOf(data: PartData): Uint8Array {
  return typeof data === 'string' ? encoder.encode(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Whether docx's compiler is there; a test checks it, so an upgrade of docx that hides it is noticed. */
export function packsWithOwnZip(): boolean {
  return docxCompiler() !== null;
}

/** The package's parts by path, in the order docx gives them. */
async function docxParts(document: Document): Promise<[string, Uint8Array][]> {
  const compiler = docxCompiler();
  if (compiler === null) return Object.entries(unzipSync(new Uint8Array(await Packer.toArrayBuffer(document))));
  return [...compiler.compile(document, undefined, [])].map(([path, data]) => [path, bytesOf(data)]);
}

/** A zip whose entries were deflated by the host; fflate writes the headers and the directory. */
function zipWith(parts: [string, Uint8Array][], deflater: Deflater): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of parts) {
    const entry: ZipInputFile = { filename, size: data.length, crc: deflater.crc32(data), compression: 8 };
    zip.add(entry);
    entry.ondata?.(null, deflater.deflateRaw(data), true);
  }
  zip.end();
  if (failure !== null) throw failure;
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function packDocx(document: Document, deflater?: Deflater): Promise<Uint8Array> {
  const parts = await docxParts(document);
  return deflater ? zipWith(parts, deflater) : zipSync(Object.fromEntries(parts));
}
