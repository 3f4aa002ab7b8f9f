// The TypeScript worker: the editor's language service off the main thread, started on demand.
import { expose } from 'comlink';
import { createTypeScriptService } from './typescript/service';

expose(createTypeScriptService());
