// Versions and a weighted alias: version 1 and version 2 are immutable snapshots; the alias `live`
// sends 80 % of invocations to version 1 and 20 % to version 2 (a canary), then all to version 2.
import { exampleFunction, exampleProject, exampleRole, testEvent } from './build';
import { expect, type Scenario } from './scenario';

const code = (version: number, greeting: string) => `// Version ${version} of the greeter.
export const handler = async (event: { name?: string }) => ({
  greeting: \`${greeting}, \${event.name ?? 'friend'}!\`,
  version: process.env.AWS_LAMBDA_FUNCTION_VERSION,
});
`;

const V1 = code(1, 'Hello');
const V2 = code(2, 'Hi there');

const version = (n: number, description: string, files: string) => ({
  version: String(n), description, runtime: 'nodejs22.x', handler: 'index.handler', memorySize: 128, timeout: 3,
  environment: {}, ephemeralStorageMB: 512, files: { 'index.ts': files },
});

const project = () => exampleProject('Versions and aliases', {
  functions: [exampleFunction('greeter', 'Two published versions behind the weighted alias live.', V2, {
    testEvents: [testEvent('ana', { name: 'Ana' })],
    versions: [version(1, 'First release', V1), version(2, 'New greeting', V2)],
    aliases: [{ name: 'live', functionVersion: '1', description: 'What clients call', additionalVersionWeights: { '2': 0.2 } }],
  })],
  roles: [exampleRole('greeter', 'AROAEXAMPLEGREETER01')],
});

/** Invokes `greeter:live` `count` times in a row; how many ran on each version. */
async function tally(api: Parameters<Scenario['run']>[0], count: number): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < count; i++) {
    const out = await api.lambda.invoke({ FunctionName: 'greeter', Qualifier: 'live', Payload: '{"name":"Ana"}' });
    const version = out.ExecutedVersion ?? '?';
    seen[version] = (seen[version] ?? 0) + 1;
  }
  return seen;
}

const show = (seen: Record<string, number>) => Object.entries(seen).sort().map(([v, n]) => `version ${v}: ${n}`).join(', ');

export const scenario: Scenario = {
  project,
  async run(api, step) {
    await step('The alias live: version 1, with 20 % routed to version 2', async () => {
      const alias = await api.lambda.getAlias({ FunctionName: 'greeter', Name: 'live' });
      const weights = alias.RoutingConfig?.AdditionalVersionWeights ?? {};
      expect(alias.FunctionVersion === '1' && weights['2'] === 0.2, `Unexpected alias ${JSON.stringify(alias)}`);
      return `live → version ${alias.FunctionVersion}, AdditionalVersionWeights ${JSON.stringify(weights)}`;
    });
    await step('Invoke greeter:live 40 times', async () => {
      const seen = await tally(api, 40);
      expect((seen['1'] ?? 0) > 0 && (seen['2'] ?? 0) > 0, `Both versions should have answered: ${show(seen)}`);
      return `${show(seen)} (ExecutedVersion of each response)`;
    });
    await step('Promote: point live at version 2 with no extra weights', async () => {
      await api.lambda.updateAlias({ FunctionName: 'greeter', Name: 'live', FunctionVersion: '2', RoutingConfig: { AdditionalVersionWeights: {} } });
      const seen = await tally(api, 10);
      expect(seen['2'] === 10, `Every invocation should run version 2: ${show(seen)}`);
      return `UpdateAlias live → 2; 10 invocations: ${show(seen)}`;
    });
    await step('Roll back to the canary (version 1, 20 % on version 2)', async () => {
      await api.lambda.updateAlias({ FunctionName: 'greeter', Name: 'live', FunctionVersion: '1', RoutingConfig: { AdditionalVersionWeights: { '2': 0.2 } } });
      return 'UpdateAlias live → 1 with AdditionalVersionWeights {"2":0.2}: a rollback is one call';
    });
  },
};
