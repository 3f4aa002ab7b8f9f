// Test-event templates: the Lambda console's hello-world event and official AWS samples.
import apiGatewayRest from './events/apigw-rest-request.json?raw';
import apiGatewayHttp from './events/apigw-http-request.json?raw';
import s3Put from './events/s3-put.json?raw';
import scheduled from './events/scheduled-event.json?raw';

/** A named starting point for a test event; `json` is shown as written. */
export interface EventTemplate {
  id: string;
  label: string;
  json: string;
}

export const EVENT_TEMPLATES: EventTemplate[] = [
  { id: 'hello-world', label: 'Hello world', json: '{\n  "key1": "value1",\n  "key2": "value2",\n  "key3": "value3"\n}\n' },
  { id: 'apigateway-rest', label: 'API Gateway REST API (payload 1.0)', json: apiGatewayRest },
  { id: 'apigateway-http', label: 'API Gateway HTTP API (payload 2.0)', json: apiGatewayHttp },
  { id: 's3-put', label: 'S3 Put', json: s3Put },
  { id: 'scheduled', label: 'EventBridge scheduled event', json: scheduled },
];
