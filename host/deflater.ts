import { crc32, deflateRawSync } from 'node:zlib';
import type { Deflater } from '../shared/export/pack-docx';

/** Node's own DEFLATE for the Word export: native, so a long meeting zips in milliseconds. */
export const nodeDeflater: Deflater = {
  deflateRaw: (data) => deflateRawSync(data),
  crc32: (data) => crc32(data),
};
