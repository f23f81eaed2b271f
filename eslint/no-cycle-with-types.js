// import-x/no-cycle, with `import type` edges counted as well.
//
// import-x skips type-only imports on purpose (they are erased, so they cannot make a cycle at
// run time). Here a cycle through types still counts: it ties the files together as much as any
// other import, and "no import circles" is about where names live, not about load order. The rule
// is import-x's own, run on imports that are shown to it as value imports: the linted file's
// import declarations are copied with `importKind: 'value'`, and the files it walks are parsed by
// a parser that does the same (its ASTs are import-x's alone; no other rule sees them).
import { importX } from 'eslint-plugin-import-x';

const noCycle = importX.rules['no-cycle'];

/** The node, copied, as a value import or export. */
function asValue(node) {
  const kind = node.type === 'ImportDeclaration' ? 'importKind' : 'exportKind';
  return {
    ...node,
    [kind]: 'value',
    specifiers: node.specifiers?.map((s) => ({ ...s, [kind]: 'value' })),
  };
}

/** The project's parser, with every import and export statement made a value one. */
function typesAsValues(parser) {
  return {
    meta: { name: 'footnote-types-as-values' },
    parseForESLint(code, options) {
      const result = parser.parseForESLint(code, options);
      for (const node of result.ast.body) {
        if (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') {
          Object.assign(node, asValue(node));
        }
      }
      return result;
    },
  };
}

export default {
  meta: { ...noCycle.meta, docs: { description: 'import-x/no-cycle, counting type-only imports too' } },
  create(context) {
    const parser = typesAsValues(context.languageOptions.parser);
    const walking = Object.create(context, { languageOptions: { value: { ...context.languageOptions, parser } } });
    const visitors = noCycle.create(walking);
    const visit = (name) => (node) => visitors[name]?.(asValue(node));
    return {
      ...visitors,
      ImportDeclaration: visit('ImportDeclaration'),
      ExportNamedDeclaration: visit('ExportNamedDeclaration'),
      ExportAllDeclaration: visit('ExportAllDeclaration'),
    };
  },
};
