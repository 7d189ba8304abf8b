import type { Plugin } from 'vite';

/**
 * The rule files (utils/analysis/rules/) keep each rule's examples next to its pattern, where a
 * reader checks one against the other and tests/core/rules.test.ts runs them. The extension never
 * reads them, and they are a third of the content script, which loads on every page. This build
 * step removes every `matches: [...]` and `rejects: [...]` property from those files; nothing else changes.
 */
const RULE_FILE = /[/\\]utils[/\\]analysis[/\\]rules[/\\][^/\\]+\.ts$/;
const EXAMPLE_KEYS = new Set(['matches', 'rejects']);

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

/** Spans of the example properties (key and array) in an ESTree program, in source order. */
export function examplePropertySpans(program: AstNode): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const visit = (node: AstNode): void => {
    const key = node.key as AstNode | undefined;
    const value = node.value as AstNode | undefined;
    if (node.type === 'Property' && !node.computed && key?.type === 'Identifier' && EXAMPLE_KEYS.has(key.name as string) && value?.type === 'ArrayExpression') {
      spans.push([node.start, node.end]);
      return;
    }
    for (const child of Object.values(node)) {
      if (Array.isArray(child)) for (const item of child) isNode(item) && visit(item);
      else if (isNode(child)) visit(child);
    }
  };
  visit(program);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The code without each span and the comma that ends it. */
export function removeProperties(code: string, spans: ReadonlyArray<[number, number]>): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += code.slice(at, start);
    at = /^\s*,/.test(code.slice(end, end + 20)) ? code.indexOf(',', end) + 1 : end;
  }
  return out + code.slice(at);
}

export function dropRuleExamples(): Plugin {
  return {
    name: 'provenance-lens:drop-rule-examples',
    apply: 'build',
    // Runs after Vite has compiled the TypeScript, so the code is plain JavaScript for Rollup's parser.
    transform(code, id) {
      if (!RULE_FILE.test(id.split('?')[0] ?? '')) return null;
      const spans = examplePropertySpans(this.parse(code) as unknown as AstNode);
      return spans.length > 0 ? { code: removeProperties(code, spans), map: null } : null;
    },
  };
}
