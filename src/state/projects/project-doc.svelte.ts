// Builds the project document (format `serverless-playground/project`, version 2) from what the
// app holds, and the documents new projects start from (the sample, or a blank project).
import { defaultRoleArn } from '../../engine/lambda/default-role';
import { deadLetterField } from '../functions/dead-letter-settings';
import type { ApiDef } from '../../engine/services/apigateway/definitions';
import {
  DEFAULT_PROJECT_NAME, PROJECT_FORMAT, PROJECT_VERSION,
  type ProjectDoc, type ProjectFunction, type ProjectSavedRequest,
} from '../../project/types';
import { SAMPLE_FUNCTION } from '../../samples/sample-functions';
import type { FunctionView } from '../functions/function-view.svelte';
import type { ProjectSlices } from './service-slice';

export type { ProjectSlices };

/** Everything the document is made of. */
export interface ProjectParts {
  name: string;
  selected: string | undefined;
  functions: readonly FunctionView[];
  /** Saved functions the engine refused to restore: kept in the document unchanged, never dropped. */
  unrestored?: readonly ProjectFunction[];
  apis: readonly ApiDef[];
  savedRequests: Record<string, ProjectSavedRequest[]>;
  siteFiles: Record<string, string>;
  slices: ProjectSlices;
}

/** One function as the document keeps it: deployed code and settings, history, editor state. */
export function functionOf(view: FunctionView): ProjectFunction {
  const c = view.config;
  const fn: ProjectFunction = {
    name: c.FunctionName, runtime: c.Runtime, handler: c.Handler, memorySize: c.MemorySize, timeout: c.Timeout,
    environment: { ...c.Environment.Variables }, files: view.deployedFiles,
    ...(c.Description ? { description: c.Description } : {}),
    ephemeralStorageMB: c.EphemeralStorage.Size,
    ...(view.reservedConcurrency !== undefined ? { reservedConcurrency: view.reservedConcurrency } : {}),
    // Only a role other than the default is worth keeping: the default follows the function's name.
    ...(c.Role !== defaultRoleArn(c.FunctionName) ? { role: c.Role } : {}),
    ...deadLetterField(c),
    versions: view.versions.filter((v) => view.versionFiles[v.Version]).map((v) => ({
      version: v.Version, description: v.Description, runtime: v.Runtime, handler: v.Handler, memorySize: v.MemorySize,
      timeout: v.Timeout, environment: v.Environment.Variables, ephemeralStorageMB: v.EphemeralStorage.Size, files: view.versionFiles[v.Version]!,
      ...deadLetterField(v),
    })),
    aliases: view.aliases.map((a) => ({
      name: a.Name, functionVersion: a.FunctionVersion, description: a.Description,
      ...(a.RoutingConfig ? { additionalVersionWeights: a.RoutingConfig.AdditionalVersionWeights } : {}),
    })),
    testEvents: $state.snapshot(view.testEvents),
    ...(view.dirty ? { draft: $state.snapshot(view.files) } : {}),
    ...(view.activeFile ? { activeFile: view.activeFile } : {}),
    ...(view.selectedEvent ? { selectedEvent: view.selectedEvent } : {}),
  };
  return fn;
}

/** The document for the app's current state. Reading it inside an effect subscribes to every part. */
export function buildProjectDoc(parts: ProjectParts): ProjectDoc {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    name: parts.name,
    ...(parts.selected ? { selected: parts.selected } : {}),
    functions: [...parts.functions.map(functionOf), ...(parts.unrestored ?? [])],
    apis: [...parts.apis],
    savedRequests: $state.snapshot(parts.savedRequests),
    site: { files: $state.snapshot(parts.siteFiles) },
    // Each service's slice, in the shape the service keeps it (S3's buckets as BucketDefs, …).
    ...(Object.fromEntries(Object.entries(parts.slices).filter(([, values]) => values?.length)) as Partial<ProjectDoc>),
  };
}

/** A project with nothing in it yet. */
export function blankProject(name = DEFAULT_PROJECT_NAME): ProjectDoc {
  return { format: PROJECT_FORMAT, version: PROJECT_VERSION, name, functions: [], apis: [], savedRequests: {}, site: { files: {} } };
}

/** What a new visitor lands on: the `hello-world` function, ready to run. */
export function sampleProject(name = DEFAULT_PROJECT_NAME): ProjectDoc {
  return {
    ...blankProject(name),
    selected: SAMPLE_FUNCTION.name,
    functions: [{
      name: SAMPLE_FUNCTION.name, runtime: SAMPLE_FUNCTION.runtime, handler: SAMPLE_FUNCTION.handler, memorySize: 128,
      timeout: 3, environment: {}, files: { ...SAMPLE_FUNCTION.files }, testEvents: SAMPLE_FUNCTION.testEvents.map((e) => ({ ...e })),
    }],
  };
}
