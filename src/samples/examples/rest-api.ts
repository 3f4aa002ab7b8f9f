// A REST API backed by functions (payload format 1.0): a public route, a route that needs an API
// key (x-api-key), and a route guarded by a Lambda REQUEST authorizer that answers an IAM policy.
import { exampleFunction, exampleProject, exampleRole, testEvent, CREATED } from './build';
import { expect, type Scenario } from './scenario';

const API_ID = 'restdemo01';
const API_KEY = 'demo-key-0123456789abcdefghij';

const ITEMS = `// One handler for the API's routes: API Gateway (REST, payload 1.0) says which in event.resource.
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const items = [{ id: '1', name: 'notebook' }, { id: '2', name: 'pencil' }];
const json = (statusCode: number, body: unknown): APIGatewayProxyResult => ({
  statusCode, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});

export const handler = async (event: APIGatewayProxyEvent) => {
  switch (\`\${event.httpMethod} \${event.resource}\`) {
    case 'GET /items':
      return json(200, items);
    case 'GET /admin/stats':
      // Only requests with a valid API key get here: API Gateway checked x-api-key.
      return json(200, { items: items.length, apiKeyId: event.requestContext.identity.apiKey });
    case 'GET /me':
      // The authorizer's principalId and context arrive in requestContext.authorizer.
      return json(200, { user: event.requestContext.authorizer?.principalId, plan: event.requestContext.authorizer?.plan });
    default:
      return json(404, { message: 'Not found' });
  }
};
`;

const AUTHORIZER = `// A REQUEST authorizer: reads the Authorization header and answers an IAM policy for the method.
// (A real one would verify a signed token; this one knows two fixed tokens.)
import type { APIGatewayRequestAuthorizerEvent } from 'aws-lambda';

const USERS: Record<string, { id: string; plan: string }> = { 'allow-ana': { id: 'ana', plan: 'pro' } };

export const handler = async (event: APIGatewayRequestAuthorizerEvent) => {
  const token = event.headers?.Authorization ?? event.headers?.authorization ?? '';
  const user = USERS[token];
  console.log(user ? \`allow \${user.id}\` : 'deny');
  return {
    principalId: user?.id ?? 'anonymous',
    policyDocument: {
      Version: '2012-10-17',
      Statement: [{ Action: 'execute-api:Invoke', Effect: user ? 'Allow' : 'Deny', Resource: event.methodArn }],
    },
    context: user ? { plan: user.plan } : {},
  };
};
`;

const project = () => exampleProject('REST API', {
  functions: [
    exampleFunction('items-api', 'Answers GET /items, GET /admin/stats and GET /me.', ITEMS, {
      testEvents: [testEvent('get-items', { resource: '/items', path: '/items', httpMethod: 'GET', headers: {}, requestContext: { identity: {} } })],
    }),
    exampleFunction('token-authorizer', 'Lambda authorizer: allows the token allow-ana.', AUTHORIZER, {
      testEvents: [testEvent('allow', { type: 'REQUEST', methodArn: `arn:aws:execute-api:us-east-1:123456789012:${API_ID}/prod/GET/me`, headers: { Authorization: 'allow-ana' } })],
    }),
  ],
  apis: [{
    id: API_ID, name: 'items-rest-api', kind: 'rest', payloadFormat: '1.0',
    routes: [
      { routeKey: 'GET /items', target: { functionName: 'items-api' } },
      { routeKey: 'GET /admin/stats', target: { functionName: 'items-api' }, apiKeyRequired: true },
      { routeKey: 'GET /me', target: { functionName: 'items-api' }, authorizerId: 'tokenauth1' },
    ],
    stages: [{ name: 'prod', variables: {} }],
    apiKeys: [{ id: 'demokey001', name: 'workshop-key', value: API_KEY, enabled: true }],
    authorizers: [{ id: 'tokenauth1', name: 'token-authorizer', target: { functionName: 'token-authorizer' }, identitySources: ['method.request.header.Authorization'], enableSimpleResponses: false }],
    createdDate: CREATED,
  }],
  savedRequests: {
    [API_ID]: [
      { name: 'public', method: 'GET', path: '/items', headers: [], body: '' },
      { name: 'with the API key', method: 'GET', path: '/admin/stats', headers: [['x-api-key', API_KEY]], body: '' },
      { name: 'as ana', method: 'GET', path: '/me', headers: [['Authorization', 'allow-ana']], body: '' },
    ],
  },
  roles: [exampleRole('items-api', 'AROAEXAMPLEITEMSAPI1'), exampleRole('token-authorizer', 'AROAEXAMPLETOKENAUT1')],
});

export const scenario: Scenario = {
  project,
  async run(api, step) {
    const get = (path: string, headers: Record<string, string> = {}) => api.apigateway.request({ apiId: API_ID, method: 'GET', path, headers });
    await step('GET /items (public)', async () => {
      const res = await get('/items');
      expect(res.statusCode === 200, `Expected 200, got ${res.statusCode} ${res.body}`);
      return `GET /items → ${res.statusCode} ${res.body}`;
    });
    await step('GET /admin/stats without the API key', async () => {
      const res = await get('/admin/stats');
      expect(res.statusCode === 403, `Expected 403, got ${res.statusCode}`);
      return `GET /admin/stats → ${res.statusCode} ${res.body}`;
    });
    await step('GET /admin/stats with x-api-key', async () => {
      const res = await get('/admin/stats', { 'x-api-key': API_KEY });
      expect(res.statusCode === 200, `Expected 200, got ${res.statusCode} ${res.body}`);
      return `GET /admin/stats (x-api-key) → ${res.statusCode} ${res.body}`;
    });
    await step('GET /me without a token: the authorizer is not even called', async () => {
      const res = await get('/me');
      expect(res.statusCode === 401, `Expected 401, got ${res.statusCode}`);
      return `GET /me → ${res.statusCode} ${res.body}`;
    });
    await step('GET /me with a token the authorizer denies', async () => {
      const res = await get('/me', { Authorization: 'let-me-in' });
      expect(res.statusCode === 403, `Expected 403, got ${res.statusCode}`);
      return `GET /me (Authorization: let-me-in) → ${res.statusCode} ${res.body}`;
    });
    await step('GET /me with a token the authorizer allows', async () => {
      const res = await get('/me', { Authorization: 'allow-ana' });
      expect(res.statusCode === 200 && res.body.includes('"ana"'), `Expected 200 for ana, got ${res.statusCode} ${res.body}`);
      return `GET /me (Authorization: allow-ana) → ${res.statusCode} ${res.body}`;
    });
  },
};
