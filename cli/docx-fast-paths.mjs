// Faster versions of five small functions inside docx, put into the CLI's
// bundle by an esbuild plugin. A Word export in a fresh `mdo` process spent
// half its time in docx turning its objects into XML, most of it in these:
// transpiled object-spread helpers, an attribute list built by spreading
// it again for every attribute, and XML written in two passes through an
// intermediate tree. Each replacement does the same in plain loops, so the
// files are byte for byte the same (tests/unit/docx-fast-paths.test.ts
// compares the CLI's documents with the unchanged library's).
//
// Each edit names the exact text of docx it replaces. When a docx upgrade
// changes that text, the edit is skipped: `mdo` is then slower, never
// wrong, and the test above fails so that the edit is brought up to date.
// The app's own build uses docx as it is; the CLI is where a fresh process
// pays for every millisecond.
//
// Plain JavaScript, like build.mjs, which imports it.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Where the edits apply: docx's ES module build, the one esbuild bundles. */
export const DOCX_MODULE = /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/;

/* global escapeValue, _defineProperty -- names of docx's module scope, where writeXml is compiled in. */

/**
 * docx's resolve() and format() in one pass: the same tags, attributes and
 * content, quirks and all (a text value replaces the entry before it), but
 * every element is written to a string at once instead of being kept as an
 * object for a second walk.
 */
function writeXml(data, indent, depth, isLast) {
  const name = Object.keys(data)[0];
  const values = name === void 0 ? void 0 : data[name];
  let attributes = '';
  const content = [];
  const addAttributes = (attr) => {
    for (const [key, value] of Object.entries(attr)) attributes += ` ${key}="${String(escapeValue(value))}"`;
  };
  if (typeof values === 'object') {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values;
      if (attr) addAttributes(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push('');
        for (const value of values) {
          if (typeof value === 'object') {
            if (Object.keys(value)[0] === '_attr') addAttributes(value._attr);
            else content.push(writeXml(value, indent, depth + 1, false));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push('');
      }
    }
  } else content.push(escapeValue(values));
  const indents = depth > 1 ? indent.repeat(depth - 1) : '';
  const { length } = content;
  const open = indents + (name ? `<${name}` : '') + attributes + (length > 0 ? (name ? '>' : '') : '/>') + (indent && length > 1 ? '\n' : '');
  if (length === 0) return open + (indent ? '\n' : '');
  let body = '';
  for (const child of content) if (child !== void 0) body += String(child);
  return open + body + (length > 1 ? indents : '') + (name ? `</${name}>` : '') + (indent && !isLast ? '\n' : '');
}

/** The own enumerable keys of `t`, then its enumerable symbols, defined on `e` as object spread does. */
function copyOwnEnumerable(e, t) {
  const keys = Object.keys(t);
  for (let i = 0; i < keys.length; i++) _defineProperty(e, keys[i], t[keys[i]]);
  const symbols = Object.getOwnPropertySymbols(t);
  for (let i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(t, symbols[i])) _defineProperty(e, symbols[i], t[symbols[i]]);
  }
  return e;
}

/** The edits, in the order they are made; `find` is docx 9.15's own text (tabs and all). */
export const DOCX_FAST_PATHS = [
  {
    name: 'defineProperty: a string key is already a property key',
    edits: [
      {
        find: 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e ?',
        replace: 'function _defineProperty(e, r, t) {\n\tif (typeof r !== "string") r = toPropertyKey(r);\n\treturn r in e ?',
      },
    ],
  },
  {
    name: 'objectSpread2: copy keys in a loop, without a closure per object',
    edits: [
      {
        find: '\t\tr % 2 ? ownKeys(Object(t), !0).forEach(function(r) {\n\t\t\t_defineProperty(e, r, t[r]);\n\t\t}) :',
        replace: '\t\tr % 2 ? copyOwnEnumerable(e, Object(t)) :',
      },
      { find: 'function _objectSpread2(e) {\n', replace: `${copyOwnEnumerable.toString()}\nfunction _objectSpread2(e) {\n` },
    ],
  },
  {
    name: "XmlComponent.prepForXml: children in one loop instead of flatMap and filter",
    edits: [
      {
        find: [
          '\t\tconst children = this.root.flatMap((comp) => {',
          '\t\t\tif (isXmlComponent(comp)) {',
          '\t\t\t\tconst parts = comp.writtenAs;',
          '\t\t\t\treturn parts ? parts.map((part) => part.prepForXml(context)) : comp.prepForXml(context);',
          '\t\t\t}',
          '\t\t\treturn comp;',
          '\t\t}).filter((comp) => comp !== void 0);',
        ].join('\n'),
        // flatMap flattens one level: an array from prepForXml (or in root) gives its items; parts' results are kept whole.
        replace: [
          '\t\tconst children = [];',
          '\t\tfor (const comp of this.root) {',
          '\t\t\tconst parts = isXmlComponent(comp) ? comp.writtenAs : void 0;',
          '\t\t\tif (parts) {',
          '\t\t\t\tfor (const part of parts) {',
          '\t\t\t\t\tconst xml = part.prepForXml(context);',
          '\t\t\t\t\tif (xml !== void 0) children.push(xml);',
          '\t\t\t\t}',
          '\t\t\t\tcontinue;',
          '\t\t\t}',
          '\t\t\tconst xml = isXmlComponent(comp) ? comp.prepForXml(context) : comp;',
          '\t\t\tif (!Array.isArray(xml)) {',
          '\t\t\t\tif (xml !== void 0) children.push(xml);',
          '\t\t\t} else for (const item of xml) if (item !== void 0) children.push(item);',
          '\t\t}',
        ].join('\n'),
      },
    ],
  },
  {
    name: 'NextAttributeComponent.prepForXml: one object, not a new spread per attribute',
    edits: [
      {
        find: '\t\treturn { _attr: Object.values(this.root).filter(({ value }) => value !== void 0).reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {}) };',
        replace: [
          '\t\tconst attributes = {};',
          '\t\tfor (const { key, value } of Object.values(this.root)) if (value !== void 0) _defineProperty(attributes, key, value);',
          '\t\treturn { _attr: attributes };',
        ].join('\n'),
      },
    ],
  },
  {
    name: 'stringifyXmlable: resolve and format in one pass (writeXml)',
    edits: [
      {
        find: 'items.map((item, i) => format(resolve(item, indent, startDepth), indent, i === items.length - 1)).join("");',
        replace: 'items.map((item, i) => writeXml(item, indent, startDepth, i === items.length - 1)).join("");',
      },
      { find: 'var stringifyXmlable = (input, ', replace: `${writeXml.toString()}\nvar stringifyXmlable = (input, ` },
    ],
  },
];

/**
 * docx's source with every fast path whose text is found exactly once; a
 * fast path is made whole or not at all. `applied` and `skipped` name them.
 */
export function withDocxFastPaths(source) {
  let contents = source;
  const applied = [];
  const skipped = [];
  for (const fastPath of DOCX_FAST_PATHS) {
    const fits = fastPath.edits.every(({ find }) => contents.split(find).length === 2);
    if (!fits) {
      skipped.push(fastPath.name);
      continue;
    }
    for (const { find, replace } of fastPath.edits) contents = contents.replace(find, () => replace);
    applied.push(fastPath.name);
  }
  return { contents, applied, skipped };
}

/** The esbuild plugin: docx's module, read with the fast paths that still fit. */
export function docxFastPathsPlugin() {
  return {
    name: 'docx-fast-paths',
    setup(build) {
      build.onLoad({ filter: DOCX_MODULE }, async ({ path }) => ({
        contents: withDocxFastPaths(await readFile(path, 'utf8')).contents,
        loader: 'js',
        resolveDir: dirname(path),
      }));
    },
  };
}
