import { Packer, type Document } from 'docx';

/** The .docx bytes of a document; works in Node and in a browser alike. */
export async function packDocx(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
