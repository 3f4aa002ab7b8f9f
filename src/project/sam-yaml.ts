// YAML for CloudFormation templates: writes `!Ref`, `!GetAtt` and `!Sub` short forms, and reads
// every short-form intrinsic (`!If`, `!Join`, …) into its long form (`{ "Fn::If": … }`) so the
// importer sees one shape whichever form a template uses.
import { Document, LineCounter, parseDocument, visit, type Alias, type Scalar, type ScalarTag, type CollectionTag } from 'yaml';
import { stringifyString } from 'yaml/util';
import { GetAtt, Ref, Sub } from './sam-shared';

const writeTags: ScalarTag[] = [
  { tag: '!Ref', identify: (v) => v instanceof Ref, resolve: (s) => new Ref(s), stringify: (item) => (item.value as Ref).name },
  {
    tag: '!GetAtt', identify: (v) => v instanceof GetAtt, resolve: (s) => new GetAtt(s, ''),
    stringify: (item) => `${(item.value as GetAtt).resource}.${(item.value as GetAtt).attribute}`,
  },
  {
    tag: '!Sub', identify: (v) => v instanceof Sub, resolve: (s) => new Sub(s),
    // Quoted, as CloudFormation's examples write it: `${…}` and `::` read badly as plain scalars.
    stringify: (item, ctx, onComment, onChompKeep) =>
      stringifyString({ value: (item.value as Sub).template, type: 'QUOTE_SINGLE' } as Scalar, ctx, onComment, onChompKeep),
  },
];

/** The template as YAML, with a comment on top; strings that look like booleans, numbers or dates are quoted. */
export function stringifyTemplate(template: Record<string, unknown>, comment: string): string {
  // CloudFormation reads YAML 1.1, where `yes`, `on`, `0777`, `1:20` and `2010-09-09` are not strings:
  // writing with the 1.1 schema quotes every string such a reader would take for something else.
  const doc = new Document(template, { customTags: writeTags, version: '1.1' });
  doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0, singleQuote: true });
}

// CloudFormation's short forms; Ref and Condition keep their names, the others are `Fn::<Name>`.
const INTRINSICS = ['Ref', 'Condition', 'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'Length', 'ToJsonString'];

const longName = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

const readTags: (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name): (ScalarTag | CollectionTag)[] => [
  {
    tag: `!${name}`,
    // `!GetAtt Resource.Attribute` is the one short form whose scalar stands for a list.
    resolve: (s: string) => ({ [longName(name)]: name === 'GetAtt' ? [s.slice(0, s.indexOf('.')), s.slice(s.indexOf('.') + 1)] : s }),
  },
  { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [longName(name)]: seq.toJSON() }) },
  { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [longName(name)]: map.toJSON() }) },
]);

/** Parses a template (YAML or JSON) into plain data, or says where the YAML breaks. */
export function parseTemplate(text: string): { ok: true; value: unknown; unknownTags: string[] } | { ok: false; message: string } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags: readTags, prettyErrors: true, lineCounter });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '';
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, message: `The template is not valid YAML${where}: ${reason}` };
  }
  const unknownTags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED').map((w) => w.message.split('\n')[0]!);
  let value: unknown;
  try {
    // A small alias budget: templates rarely use aliases, and unbounded ones can blow up memory.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (failure) {
    // Aliases are resolved only here: one with no anchor before it, or too many of them, throws.
    if (!(failure instanceof Error)) throw failure;
    const alias = blamedAlias(doc);
    const pos = alias?.range ? lineCounter.linePos(alias.range[0]) : undefined;
    return { ok: false, message: `The template is not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${failure.message}` };
  }
  return { ok: true, value, unknownTags };
}

/** The first alias whose anchor is missing, else the first alias (where an alias flood begins). */
function blamedAlias(doc: Document.Parsed): Alias | undefined {
  let first: Alias | undefined;
  let unresolved: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      first ??= node;
      if (!unresolved && !node.resolve(doc)) unresolved = node;
    },
  });
  return unresolved ?? first;
}
