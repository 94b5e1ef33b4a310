import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildAgendaDocument } from '../shared/export/agenda-docx';
import { readHouseStyle, type HouseStyle } from '../shared/export/house-style';
import { buildMinutesDocument } from '../shared/export/minutes-docx';
import { packDocx } from '../shared/export/pack-docx';
import { nodeDeflater } from '../host/deflater';
import type { Meeting } from '../shared/meeting/meeting-schema';
import type { ExportOptions } from '../shared/privacy/export-options';
import type { CliIo } from './cli-io';

/**
 * The Word half of `mdo export`, in a module of its own so that only a Word
 * export loads docx (`--format md` and `validate` do not).
 */

export interface DocxRequest {
  /** The agenda (invitation), or else the minutes. */
  agenda: boolean;
  meeting: Meeting;
  exportedAt: Date;
  options: ExportOptions;
  /** The path given with --huisstijl, if any. */
  houseStylePath?: string;
}

/** The .docx bytes of the agenda or the minutes, as the app makes them. */
export async function docxBytes(request: DocxRequest, io: CliIo): Promise<Uint8Array> {
  const houseStyle = request.houseStylePath ? await readHouseStyleFile(request.houseStylePath, io) : undefined;
  const options = { exportedAt: request.exportedAt, houseStyle, options: request.options };
  const document = request.agenda ? buildAgendaDocument(request.meeting, options) : buildMinutesDocument(request.meeting, options);
  return packDocx(document, nodeDeflater);
}

/** The house style given with --huisstijl; one that cannot be used is reported and the default is used. */
async function readHouseStyleFile(path: string, io: CliIo): Promise<HouseStyle | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    io.err(`Het huisstijlbestand "${path}" is niet gevonden of niet leesbaar; het document wordt gemaakt met de standaardopmaak.`);
    return undefined;
  }
  const read = readHouseStyle(bytes, basename(path));
  if (read.ok) return read.value;
  io.err(read.error.message);
  return undefined;
}
