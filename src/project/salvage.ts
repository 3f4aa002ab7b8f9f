// What can still be opened of a stored project that does not read as a whole: a record damaged
// in storage (a bad write, a hand edit, a bug) should cost the person the broken part, not the
// project. Every list item and every other part is tried on its own; what reads is kept, and what
// does not is named, so the person is told exactly which part could not be read.
import { migrateToCurrent } from './migrations';
import { validateProject, describePath } from './validate';
import { DEFAULT_PROJECT_NAME, PROJECT_FORMAT, PROJECT_VERSION, type ProjectDoc } from './types';

type Raw = Record<string, unknown>;

/** The readable rest of a document, and a description of each part left out (`functions[1] (resize): …`). */
export interface Salvage {
  doc: ProjectDoc;
  dropped: string[];
}

/** The smallest document that reads: every part at its empty value. */
function emptyParts(name: string): Raw {
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, name, functions: [], apis: [], savedRequests: {}, site: { files: {} } };
}

/** Salvages a document that failed to read; undefined when it is not a project of a known version at all. */
export function salvageProject(raw: unknown): Salvage | undefined {
  const migrated = migrateToCurrent(raw);
  if (!migrated.ok) return undefined;
  const source = migrated.doc;
  const name = typeof source.name === 'string' && source.name.trim() !== '' ? source.name : DEFAULT_PROJECT_NAME;
  let current = emptyParts(name);
  const dropped: string[] = [];
  const reads = (candidate: Raw) => validateProject(candidate);
  for (const [key, value] of Object.entries(source)) {
    if (key === 'format' || key === 'version' || key === 'name') continue;
    if (Array.isArray(value)) {
      // Items one at a time, in order: a later item may refer to an earlier one (a route to a function).
      const kept: unknown[] = [];
      for (const [index, item] of value.entries()) {
        const checked = reads({ ...current, [key]: [...kept, item] });
        if (checked.ok) kept.push(item);
        else dropped.push(`${key}${describePath([{ key: index, value: item }])}: ${reasonOf(checked.message)}`);
      }
      current = { ...current, [key]: kept };
    } else {
      const checked = reads({ ...current, [key]: value });
      if (checked.ok) current = { ...current, [key]: value };
      else if (key !== 'selected') dropped.push(`${key}: ${reasonOf(checked.message)}`);
    }
  }
  const final = reads(current);
  return final.ok ? { doc: final.doc, dropped } : undefined;
}

/** The part of a validation message after its location. */
function reasonOf(message: string): string {
  const colon = message.indexOf(': ');
  return colon >= 0 ? message.slice(colon + 2) : message;
}
