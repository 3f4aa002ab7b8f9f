// Text inserted into a file the language service sees but the user does not (the types of an
// untyped handler's parameters), and the mapping of positions between the two texts.

/** One insertion at an offset of the user's text. */
export interface Insertion {
  at: number;
  text: string;
}

export interface TextPatch {
  /** The text the language service sees. */
  readonly text: string;
  /** A position in the user's text → the same place in the patched text. */
  toPatched(pos: number): number;
  /** A position in the patched text → the user's text; inside inserted text it maps to the insertion point. */
  toUser(pos: number): number;
  /** Whether the range [from, to) of the patched text lies wholly inside inserted text. */
  isInserted(from: number, to: number): boolean;
}

export function applyInsertions(source: string, insertions: readonly Insertion[]): TextPatch {
  const sorted = [...insertions].sort((a, b) => a.at - b.at);
  let text = '';
  let last = 0;
  // Where each insertion starts in the patched text.
  const starts: number[] = [];
  for (const insertion of sorted) {
    text += source.slice(last, insertion.at);
    starts.push(text.length);
    text += insertion.text;
    last = insertion.at;
  }
  text += source.slice(last);

  return {
    text,
    toPatched(pos) {
      let shift = 0;
      // A position at an insertion point stays before the inserted text (where the user's cursor is).
      for (const insertion of sorted) if (insertion.at < pos) shift += insertion.text.length;
      return pos + shift;
    },
    toUser(pos) {
      let shift = 0;
      for (const [i, insertion] of sorted.entries()) {
        const start = starts[i]!;
        if (pos < start) break;
        if (pos < start + insertion.text.length) return insertion.at;
        shift += insertion.text.length;
      }
      return pos - shift;
    },
    isInserted(from, to) {
      return sorted.some((insertion, i) => from >= starts[i]! && to <= starts[i]! + insertion.text.length && to > from);
    },
  };
}

/** The patch that changes nothing. */
export const unpatched = (source: string): TextPatch => applyInsertions(source, []);
