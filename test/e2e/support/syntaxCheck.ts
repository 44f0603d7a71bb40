/**
 * What a webview older than evergreen Chromium cannot parse, found with an ES-version-limited parser
 * (acorn): syntax newer than `ecmaVersion` fails to parse, and regular-expression lookbehind — which
 * acorn accepts from ES2018 but Safari before 16.4 rejects — is looked for in every regex literal and
 * every `RegExp("…")` built from a string.
 */
import { type Node, parse } from 'acorn';

export interface SyntaxProblem {
  what: string;
  /** Character offset in the source. */
  at: number;
}

const LOOKBEHIND = /\(\?<[=!]/;

/** The problems of `source` for a browser that understands `ecmaVersion` and no lookbehind. */
export function syntaxProblems(source: string, ecmaVersion: 5 | 2020): SyntaxProblem[] {
  let program: Node;
  try {
    program = parse(source, { ecmaVersion, sourceType: 'script', allowHashBang: true });
  } catch (error) {
    const at = (error as { pos?: number }).pos ?? 0;
    return [{ what: `not ES${ecmaVersion}: ${(error as Error).message}`, at }];
  }
  const problems: SyntaxProblem[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; start?: number; regex?: { pattern: string }; callee?: { type: string; name?: string }; arguments?: { type: string; value?: unknown }[] };
    if (n.type === 'Literal' && n.regex && LOOKBEHIND.test(n.regex.pattern)) problems.push({ what: `regex lookbehind /${n.regex.pattern}/`, at: n.start ?? 0 });
    if ((n.type === 'NewExpression' || n.type === 'CallExpression') && n.callee?.type === 'Identifier' && n.callee.name === 'RegExp') {
      const first = n.arguments?.[0];
      if (first?.type === 'Literal' && typeof first.value === 'string' && LOOKBEHIND.test(first.value)) {
        problems.push({ what: `RegExp lookbehind "${first.value}"`, at: n.start ?? 0 });
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'regex' && typeof value === 'object') visit(value);
  };
  visit(program);
  return problems;
}
