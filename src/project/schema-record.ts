// A record schema that keeps every key it is given. valibot's own v.record leaves `constructor`,
// `prototype` and `__proto__` out of its output without a word, so a file or a variable of that
// name would vanish from a project on its next load; these records keep such keys as plain data.
import * as v from 'valibot';

type Step = { type: 'object'; origin: 'key' | 'value'; input: Record<string, unknown>; key: string; value: unknown };

/** The key JSON.parse keeps as data but an assignment turns into a prototype change: refused, not kept. */
const PROTO = '__proto__';

const isPlainRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * `v.record(key, value, message)` with valibot's messages and paths, that returns the input object
 * itself (every own key kept). Values must be plain data the value schema accepts as they are
 * (text, numbers, unknown): what it would transform is not rewritten.
 */
export function plainRecord<K extends v.GenericSchema<string>, V extends v.GenericSchema>(key: K, value: V, message: string) {
  return v.pipe(
    v.custom<Record<v.InferOutput<K>, v.InferOutput<V>>>(isPlainRecord, message),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const input = dataset.value as Record<string, unknown>;
      for (const [name, entry] of Object.entries(input)) {
        const step = (origin: Step['origin']): Step => ({ type: 'object', origin, input, key: name, value: entry });
        if (name === PROTO) {
          addIssue({ message: 'is a name the playground cannot keep (__proto__); rename it', path: [step('key')] });
          continue;
        }
        const checkedKey = v.safeParse(key, name);
        if (!checkedKey.success) addIssue({ message: checkedKey.issues[0].message, path: [step('key')] });
        const checkedValue = v.safeParse(value, entry);
        if (!checkedValue.success) {
          for (const issue of checkedValue.issues) addIssue({ message: issue.message, path: [step('value'), ...(issue.path ?? [])] as never });
        }
      }
    }),
  );
}
