// The project document → the architecture diagram: its resources and their wiring (diagram-wiring.ts),
// plus dashed edges for what each function's role allows it to call.
import type { ProjectDoc } from '../../project/types';
import { permissionEdges } from './diagram-permissions';
import type { Diagram } from './diagram-types';
import { projectWiring } from './diagram-wiring';

export { projectWiring };

/** The diagram of a project document. */
export function projectDiagram(doc: ProjectDoc): Diagram {
  const { nodes, edges } = projectWiring(doc);
  return { nodes, edges: [...edges, ...permissionEdges(doc, nodes, edges)] };
}
