// The editor's TypeScript language service, as a plain factory the worker exposes (tests call it
// directly): it holds the files of the function being edited, answers diagnostics, completion and
// hover for one of them, and gives an untyped handler the types of its event and context.
import ts from 'typescript';
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { VirtualTypeScriptEnvironment } from '@typescript/vfs';
import { getAutocompletion, getHover, type HoverInfo } from '@valtown/codemirror-ts/worker';
import { createEnvironment, taskPath } from './environment';
import { handlerInsertions } from './handler-types';
import { applyInsertions, unpatched, type TextPatch } from './text-patch';

/** What the editor tells the service about the function being edited. */
export interface FunctionCode {
  /** Every file of the function by its path in the function ('index.ts', 'lib/util.ts'). */
  files: Record<string, string>;
  /** The handler setting, `file.export` ('index.handler', 'src/app.lambdaHandler'). */
  handler?: string;
  /** The aws-lambda type of the handler's event ('S3Event', 'SQSEvent | SNSEvent'), when the function's triggers tell it. */
  eventType?: string;
}

/** A type error or warning in the user's text, by offsets. */
export interface TypeDiagnostic {
  from: number;
  to: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
  /** TypeScript's error number: 1xxx are syntax errors, which the compiler reports too. */
  code: number;
}

const HANDLER_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/** The file and export a handler setting names, if the function has such a file. */
export function handlerTarget(files: Record<string, string>, handler: string | undefined): { path: string; exportName: string } | undefined {
  const match = handler && /^(.+)\.([^./]+)$/.exec(handler);
  if (!match) return undefined;
  const path = HANDLER_EXTENSIONS.map((ext) => match[1] + ext).find((candidate) => Object.hasOwn(files, candidate));
  return path ? { path, exportName: match[2]! } : undefined;
}

function severityOf(diagnostic: ts.Diagnostic): TypeDiagnostic['severity'] {
  if (diagnostic.category === ts.DiagnosticCategory.Error) return 'error';
  if (diagnostic.category === ts.DiagnosticCategory.Warning) return 'warning';
  return 'info';
}

export function createTypeScriptService() {
  let env: VirtualTypeScriptEnvironment | undefined;
  let code: FunctionCode = { files: {} };
  /** The patch of each file (only the handler's file has insertions). */
  const patches = new Map<string, TextPatch>();

  const patchOf = (path: string) => patches.get(path) ?? unpatched(code.files[path] ?? '');

  function write(path: string): void {
    if (!env) return;
    const source = code.files[path] ?? '';
    const target = handlerTarget(code.files, code.handler);
    const patch = target?.path === path ? applyInsertions(source, handlerInsertions(path, source, target.exportName, code.eventType)) : unpatched(source);
    patches.set(path, patch);
    const file = taskPath(path);
    // TypeScript treats an empty file as missing; a space keeps it in the project.
    const text = patch.text || ' ';
    if (env.getSourceFile(file)) env.updateFile(file, text);
    else env.createFile(file, text);
  }

  function load(): VirtualTypeScriptEnvironment {
    if (!env) {
      env = createEnvironment();
      for (const path of Object.keys(code.files)) write(path);
    }
    return env;
  }

  return {
    /** Builds the project (lib files, declarations); later calls return at once. */
    async initialize(): Promise<void> {
      load();
    },

    /** Replaces the function being edited: its files (removed ones leave the project), handler and event type. */
    setFunction(next: FunctionCode): void {
      const previous = code;
      code = { files: { ...next.files }, handler: next.handler, eventType: next.eventType };
      if (!env) return;
      for (const path of Object.keys(previous.files)) {
        if (!Object.hasOwn(code.files, path)) {
          env.deleteFile(taskPath(path));
          patches.delete(path);
        }
      }
      const retype = previous.handler !== code.handler || previous.eventType !== code.eventType;
      for (const path of Object.keys(code.files)) {
        if (retype || previous.files[path] !== code.files[path] || !env.getSourceFile(taskPath(path))) write(path);
      }
    },

    /** One file's new text (the editor sends each change). */
    updateFile({ path, code: text }: { path: string; code: string }): void {
      if (code.files[path] === text && env?.getSourceFile(taskPath(path))) return;
      code.files[path] = text;
      write(path);
    },

    /** Syntax and type errors of a file, at offsets of the user's text. */
    getLints({ path, diagnosticCodesToIgnore = [] }: { path: string; diagnosticCodesToIgnore?: number[] }): TypeDiagnostic[] {
      const service = load().languageService;
      const file = taskPath(path);
      if (!env?.getSourceFile(file)) return [];
      const patch = patchOf(path);
      const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)];
      return diagnostics.flatMap((d): TypeDiagnostic[] => {
        if (d.start === undefined || diagnosticCodesToIgnore.includes(d.code)) return [];
        const end = d.start + (d.length ?? 0);
        // Errors inside the inserted types are the service's business, not the user's.
        if (patch.isInserted(d.start, end)) return [];
        return [{ from: patch.toUser(d.start), to: patch.toUser(end), message: ts.flattenDiagnosticMessageText(d.messageText, '\n'), severity: severityOf(d), code: d.code }];
      });
    },

    /** Completions at a position of a file. */
    async getAutocompletion({ path, context }: { path: string; context: Pick<CompletionContext, 'pos' | 'explicit'> }): Promise<CompletionResult | null> {
      const loaded = load();
      if (!loaded.getSourceFile(taskPath(path))) return null;
      const patch = patchOf(path);
      const result = await getAutocompletion({ env: loaded, path: taskPath(path), context: { pos: patch.toPatched(context.pos), explicit: context.explicit } });
      return result && { ...result, from: patch.toUser(result.from) };
    },

    /** The type (and documentation) of what is at a position of a file. */
    getHover({ path, pos }: { path: string; pos: number }): HoverInfo | null {
      const loaded = load();
      if (!loaded.getSourceFile(taskPath(path))) return null;
      const patch = patchOf(path);
      const hover = getHover({ env: loaded, path: taskPath(path), pos: patch.toPatched(pos) });
      // typeDef points into files the editor does not have; the tooltip needs the quick info only.
      return hover && { start: patch.toUser(hover.start), end: patch.toUser(hover.end), typeDef: undefined, quickInfo: hover.quickInfo };
    },
  };
}

export type TypeScriptService = ReturnType<typeof createTypeScriptService>;
