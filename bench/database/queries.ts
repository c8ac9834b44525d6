/**
 * The SQL the dashboard's data loaders run, found by parsing src/data/: every string or template
 * literal that starts with SELECT or WITH. A template whose substitutions are plain names (a
 * parameterised loader's route parameter, such as [doc]) keeps them as ${name} to be filled in;
 * any other template is built at run time and is listed as skipped rather than guessed.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join, relative} from "node:path";
import ts from "typescript";

export interface PageQuery {
  id: string; // "src/data/documents.json.ts#1"
  sql: string;
  /** Names substituted into the SQL as ${name}, e.g. a parameterised route's [doc]. */
  parameters: string[];
}

export function findPageQueries(root: string): {queries: PageQuery[]; skipped: string[]} {
  const dir = join(root, "src/data");
  const files = listFiles(dir)
    .filter((f) => /\.(?:[cm]?[jt]s)$/.test(f))
    .sort();
  const queries: PageQuery[] = [],
    skipped: string[] = [];
  const isSql = (text: string) => /^\s*(?:SELECT|WITH)\b/i.test(text);
  for (const file of files) {
    const name = relative(root, file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    let n = 0;
    const visit = (node: ts.Node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isSql(node.text)) {
        queries.push({id: `${name}#${++n}`, sql: node.text, parameters: []});
      } else if (ts.isTemplateExpression(node) && isSql(node.head.text)) {
        if (node.templateSpans.every((span) => ts.isIdentifier(span.expression))) {
          const parameters = node.templateSpans.map((span) => (span.expression as ts.Identifier).text);
          const sql =
            node.head.text + node.templateSpans.map((span, i) => `\${${parameters[i]}}${span.literal.text}`).join("");
          queries.push({id: `${name}#${++n}`, sql, parameters: [...new Set(parameters)]});
        } else skipped.push(`${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return {queries, skipped};
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, {withFileTypes: true}).flatMap((e) =>
      e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]
    );
  } catch {
    return [];
  }
}
