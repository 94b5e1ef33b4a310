import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a .docx back the way Word would: unzip, parse the XML parts, and
 * offer the text of paragraphs and tables. Independent of the docx library
 * that wrote it.
 */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxPackage {
  parts: Record<string, string>;
  document: XmlDocument;
  /** Every table as rows of cell texts. */
  tables: string[][][];
  /** Every body paragraph (outside tables) with its style id and text. */
  paragraphs: { style: string; text: string }[];
  /** Text of all headers and footers. */
  headerFooterText: string;
}

function parseXml(name: string, xml: string): XmlDocument {
  const errors: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  if (errors.length > 0) throw new Error(`${name} is no valid XML: ${errors.join('; ')}`);
  return document;
}

function elements(parent: XmlDocument | Element, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(W, localName));
}

export function textOf(node: Element): string {
  return elements(node, 'p')
    .map((p) =>
      Array.from(p.getElementsByTagNameNS(W, '*'))
        .map((el) => (el.localName === 't' ? (el.textContent ?? '') : el.localName === 'br' || el.localName === 'tab' ? ' ' : ''))
        .join(''),
    )
    .join('\n');
}

export function readDocx(bytes: Uint8Array): DocxPackage {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) {
      parts[name] = strFromU8(data);
      parseXml(name, parts[name]);
    }
  }
  const documentXml = parts['word/document.xml'];
  if (!documentXml) throw new Error('word/document.xml is missing');
  const document = parseXml('word/document.xml', documentXml);
  const tables = elements(document, 'tbl').map((table) =>
    elements(table, 'tr').map((row) => elements(row, 'tc').map((cell) => textOf(cell))),
  );
  const paragraphs = elements(document, 'p')
    .filter((p) => elements(p as unknown as Element, 'tc').length === 0 && !isInsideTable(p))
    .map((p) => ({ style: elements(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '', text: textOf(wrap(p)) }));
  const headerFooterText = Object.entries(parts)
    .filter(([name]) => /^word\/(header|footer)\d*\.xml$/.test(name))
    .map(([name, xml]) => textOf(parseXml(name, xml).documentElement as Element))
    .join('\n');
  return { parts, document, tables, paragraphs, headerFooterText };
}

function isInsideTable(node: Element): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    if ((parent as Element).localName === 'tc') return true;
  }
  return false;
}

/** textOf expects a container of paragraphs; a lone paragraph is its own container. */
function wrap(p: Element): Element {
  const doc = p.ownerDocument;
  if (!doc) return p;
  const container = doc.createElementNS(W, 'w:body');
  container.appendChild(p.cloneNode(true));
  return container;
}
