// Types for the parameters of an untyped handler: when the editor knows what invokes a function
// (its triggers give the event's type), the language service sees `event: S3Event` and
// `context: Context` on the exported handler, inserted into its copy of the file only. Parameters
// the user typed, and handlers whose declaration is typed (`handler: S3Handler`), are left alone.
import ts from 'typescript';
import type { Insertion } from './text-patch';

type FunctionNode = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

/** Accepts `S3Event`, `SQSEvent | SNSEvent` or `EventBridgeEvent<string, any>`: aws-lambda types, nothing that could break the text. */
const ONE_TYPE = '[A-Z][A-Za-z0-9]*(<[A-Za-z0-9_, ]*>)?';
const EVENT_TYPE = new RegExp(`^${ONE_TYPE}(\\s*\\|\\s*${ONE_TYPE})*$`);

const isJavaScript = (fileName: string) => /\.(c|m)?jsx?$/.test(fileName);

const hasExport = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

const isFunction = (node: ts.Node | undefined): node is FunctionNode =>
  !!node && (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node));

/** The function a `const` or `let` declares, unless the declaration has a type of its own (TS annotation or JSDoc). */
function declaredFunction(declaration: ts.VariableDeclaration): FunctionNode | undefined {
  if (declaration.type || ts.getJSDocType(declaration)) return undefined;
  let init = declaration.initializer;
  while (init && ts.isParenthesizedExpression(init)) init = init.expression;
  return isFunction(init) ? init : undefined;
}

/** A top-level function or variable named `name` (exported or not). */
function localFunction(file: ts.SourceFile, name: string): FunctionNode | undefined {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement;
    if (ts.isVariableStatement(statement)) {
      const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === name);
      if (declaration) return declaredFunction(declaration);
    }
  }
  return undefined;
}

/** `exports.NAME`, `module.exports.NAME` → NAME; `module.exports` → ''. */
function commonJsTarget(node: ts.Expression): string | undefined {
  if (!ts.isPropertyAccessExpression(node)) return undefined;
  const { expression, name } = node;
  if (ts.isIdentifier(expression) && expression.text === 'module' && name.text === 'exports') return '';
  if (ts.isIdentifier(expression) && expression.text === 'exports') return name.text;
  return commonJsTarget(expression) === '' ? name.text : undefined;
}

/** The function exported as `exportName`, in ESM or CommonJS style. */
export function findHandler(file: ts.SourceFile, exportName: string): FunctionNode | undefined {
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && hasExport(statement) && statement.name?.text === exportName) return statement;
    if (ts.isVariableStatement(statement) && hasExport(statement)) {
      const declaration = statement.declarationList.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === exportName);
      if (declaration) return declaredFunction(declaration);
    }
    if (ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      const specifier = statement.exportClause.elements.find((e) => e.name.text === exportName);
      if (specifier) return localFunction(file, (specifier.propertyName ?? specifier.name).text);
    }
    if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const { left, right } = statement.expression;
      const target = commonJsTarget(left);
      if (target === exportName) return isFunction(right) ? right : ts.isIdentifier(right) ? localFunction(file, right.text) : undefined;
      if (target === '' && ts.isObjectLiteralExpression(right)) {
        for (const property of right.properties) {
          if (!property.name || !ts.isIdentifier(property.name) || property.name.text !== exportName) continue;
          if (ts.isMethodDeclaration(property)) return property;
          if (ts.isPropertyAssignment(property)) return isFunction(property.initializer) ? property.initializer : ts.isIdentifier(property.initializer) ? localFunction(file, property.initializer.text) : undefined;
          if (ts.isShorthandPropertyAssignment(property)) return localFunction(file, property.name.text);
        }
      }
    }
  }
  return undefined;
}

/** `import('aws-lambda').A | import('aws-lambda').B` for 'A | B'. */
function lambdaType(names: string): string {
  return names.split('|').map((name) => `import('aws-lambda').${name.trim()}`).join(' | ');
}

/**
 * What to insert so the handler's untyped parameters get Lambda's types: the event (when the
 * function's triggers tell its type), the context and the callback (always Lambda's own).
 */
export function handlerInsertions(fileName: string, source: string, exportName: string, eventType: string | undefined): Insertion[] {
  const javascript = isJavaScript(fileName);
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, javascript ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const handler = findHandler(file, exportName);
  if (!handler) return [];
  const types = [eventType && EVENT_TYPE.test(eventType) ? lambdaType(eventType) : undefined, lambdaType('Context'), lambdaType('Callback')];
  // An arrow with one bare parameter (`event => ...`) needs parentheses around an annotated one.
  const bare = ts.isArrowFunction(handler) && !handler.getChildren(file).some((child) => child.kind === ts.SyntaxKind.OpenParenToken);
  const insertions: Insertion[] = [];
  handler.parameters.forEach((parameter, i) => {
    const type = types[i];
    if (!type || parameter.dotDotDotToken || parameter.type || ts.getJSDocType(parameter)) return;
    const start = parameter.getStart(file);
    const end = (parameter.questionToken ?? parameter.name).end;
    if (bare) insertions.push({ at: start, text: '(' });
    if (javascript) insertions.push({ at: start, text: `/** @type {${type}} */ ` });
    else insertions.push({ at: end, text: `: ${type}` });
    if (bare) insertions.push({ at: end, text: ')' });
  });
  return insertions;
}
