import { TextRun, type IRunOptions } from 'docx';

/**
 * Characters XML 1.0 cannot hold (control characters typed or pasted, lone
 * surrogates) would make Word refuse the file; they are dropped. Tabs and
 * line breaks stay.
 */
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}

/** Text with line breaks as runs with Word line breaks between them. */
export function textRuns(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, index) => new TextRun({ ...options, text: line, break: index > 0 ? 1 : undefined }));
}
