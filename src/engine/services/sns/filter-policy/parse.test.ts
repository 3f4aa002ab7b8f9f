// Filter policies SNS refuses: the reasons and positions recorded from AWS (LocalStack's SNS filter
// policy snapshots), the key path the playground adds, and SNS's two wordings of the message.
import { describe, expect, it } from 'vitest';
import { describeProblem, filterPolicyMessage, parseFilterPolicy } from './parse';

const problem = (text: string, scope: 'MessageAttributes' | 'MessageBody' = 'MessageAttributes') => {
  const result = parseFilterPolicy(text, scope);
  if (result.ok) throw new Error(`expected ${text} to be refused`);
  return result.problem;
};

/** [policy, SNS's reason, column] as AWS answered Subscribe (all on line 1). */
const RECORDED: Array<[string, string, number]> = [
  ['{"key":[{"numeric":[">=",1,">",2]}]}', 'Bad numeric range operator: >', 31],
  ['{"key":[{"numeric":[">",20,"test"]}]}', 'Bad numeric range operator: test', 34],
  ['{"key":[{"numeric":[">",20,30]}]}', 'Bad value in numeric range: 30', 30],
  ['{"key":[{"numeric":[">",3,"<",1]}]}', 'Bottom must be less than top', 33],
  ['{"key":[]}', 'Empty arrays are not allowed', 10],
  ['{"key":[{"numeric":[1,"<="]}]}', 'Invalid member in numeric match: 1', 22],
  ['{"key":[{"numeric":[]}]}', 'Invalid member in numeric match: ]', 22],
  ['{"key":[["value"]]}', 'Match value must be String, number, true, false, or null', 10],
  ['{"key":[{"suffix":"value","prefix":"value2"}]}', 'Only one key allowed in match expression', 37],
  ['{"key":[{"numeric":["<",100,">",10]}]}', 'Too many elements in numeric expression', 30],
  ['{"key":[{"numeric":[">",20,"<",30,"<",50]}]}', 'Too many terms in numeric range expression', 36],
  ['{"key":[{"wrong-operator":true}]}', 'Unrecognized match type wrong-operator', 31],
  ['{"key":[{"numeric":["operator"]}]}', 'Unrecognized numeric range operator: operator', 32],
  ['{"key":[{"anything-but":{"exists":false}}]}', 'Unsupported anything-but pattern: exists', 40],
  ['{"key":[{"anything-but":{"wrong-operator":null}}]}', 'Unsupported anything-but pattern: wrong-operator', 47],
  ['{"key":[{"numeric":[">",20,"<","30"]}]}', 'Value of < must be numeric', 33],
  ['{"key":[{"numeric":[">",20,"<="]}]}', 'Value of <= must be numeric', 33],
  ['{"key":[{"numeric":[">","20","<","30"]}]}', 'Value of > must be numeric', 26],
  ['{"key":[{"numeric":[">="]}]}', 'Value of >= must be numeric', 26],
  ['{"key":[{"numeric":["=","000"]}]}', 'Value of equals must be numeric', 26],
  ['{"key":{"not-an-operator":"value"}}', '"not-an-operator" must be an object or an array', 28],
  ['{"key":{"suffix":"value","prefix":"value"}}', '"suffix" must be an object or an array', 19],
  ['{"key":[{"exists":"no"}]}', 'exists match pattern must be either true or false.', 20],
  ['{"key":[{"exists":null}]}', 'exists match pattern must be either true or false.', 23],
  ['{"key":[{"anything-but":{"prefix":false}}]}', 'prefix match pattern must be a string', 40],
  ['{"key":[{"cidr":["bad-filter"]}]}', 'prefix match pattern must be a string', 18],
  ['{"key":[{"suffix":100}]}', 'suffix match pattern must be a string', 22],
  ['{"key":[{"suffix":["test","test2"]}]}', 'suffix match pattern must be a string', 20],
  ['{"key":[{"suffix":null}]}', 'suffix match pattern must be a string', 23],
  ['{"key_a":"value_one"}', '"key_a" must be an object or an array', 11],
];

describe('filter policies SNS refuses', () => {
  it.each(RECORDED)('%s: %s at column %i', (text, reason, column) => {
    const found = problem(text);
    expect(found.reason).toBe(reason);
    expect(found.location).toMatchObject({ line: 1, column });
  });

  it('words the refusal as Subscribe and SetSubscriptionAttributes do, with Jackson’s position', () => {
    const found = problem('{"key":[{"suffix":100}]}');
    const at = '\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 22]';
    expect(filterPolicyMessage(found, 'Subscribe')).toBe(`Invalid parameter: Attributes Reason: FilterPolicy: suffix match pattern must be a string${at}`);
    expect(filterPolicyMessage(found, 'SetSubscriptionAttributes')).toBe(`Invalid parameter: FilterPolicy: suffix match pattern must be a string${at}`);
  });

  it('reports JSON that does not parse as SNS does (recorded), after "failed to parse JSON."', () => {
    expect(filterPolicyMessage(problem('{invalid-json}'), 'SetSubscriptionAttributes')).toBe(
      "Invalid parameter: FilterPolicy: failed to parse JSON. Unexpected character ('i' (code 105)): was expecting double-quote to start field name\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 2]",
    );
    expect(filterPolicyMessage(problem('invalid'), 'Subscribe')).toBe(
      "Invalid parameter: Attributes Reason: FilterPolicy: failed to parse JSON. Unrecognized token 'invalid': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')\n at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 8]",
    );
  });

  it('finds JSON mistakes on later lines, as typed in an editor', () => {
    const text = '{\n  "store": ["example_corp"],\n  "price": [100,]\n}';
    expect(problem(text)).toMatchObject({ kind: 'syntax', reason: "Unexpected character (']' (code 93)): expected a value", location: { line: 3, column: 17 } });
    expect(problem('{"a": ["x"]').reason).toBe(
      'Unexpected end-of-input: expected close marker for OBJECT (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])',
    );
    expect(problem('{"a" ["x"]}').reason).toBe("Unexpected character ('[' (code 91)): was expecting a colon to separate field name and value");
    expect(problem('{"a": ["x"] "b": [1]}').reason).toBe("Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
  });

  it('says which key a problem is in, down to the rule and its operator', () => {
    const text = '{\n  "store": ["a"],\n  "price": [100, {"numeric": [">", "ten"]}]\n}';
    const found = problem(text);
    expect(found).toMatchObject({ reason: 'Value of > must be numeric', path: 'price[1].numeric', location: { line: 3, column: 37 } });
    expect(describeProblem(found)).toBe('Value of > must be numeric (at price[1].numeric, line 3, column 37)');
    expect(problem('{"$or": [{"a": ["x"]}, {"b": {"c": []}}]}', 'MessageBody').path).toBe('$or[1].b.c');
  });

  it('checks the whole policy after reading it: five keys, 150 combinations, nesting on attributes', () => {
    expect(problem('{"a":["1"],"b":["1"],"c":["1"],"d":["1"],"e":["1"],"f":["1"]}')).toEqual({ kind: 'policy', reason: 'Filter policy can not have more than 5 keys', path: '' });
    const wide = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `v${i}`));
    expect(problem(`{"a":${wide(10)},"b":${wide(10)},"c":${wide(2)}}`).reason).toBe('Filter policy is too complex');
    expect(parseFilterPolicy(`{"a":${wide(10)},"b":${wide(15)}}`).ok).toBe(true);
    // The guide's example: 4 values three levels deep and 3 values two levels deep make 72.
    expect(parseFilterPolicy('{"a":{"b":{"c":["1","2","3","4"]}},"d":{"e":["1","2","3"]}}', 'MessageBody').ok).toBe(true);
    const nested = problem('{"a":{"b":["x"]}}');
    expect(filterPolicyMessage(nested, 'SetSubscriptionAttributes')).toBe('Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
    expect(parseFilterPolicy('{"a":{"b":["x"]}}', 'MessageBody').ok).toBe(true);
  });

  it('reports a CIDR’s own problems without a position, as SNS does', () => {
    expect(problem('{"ip":[{"cidr":"10.0.0.0"}]}')).toMatchObject({ reason: "Malformed CIDR, one '/' required", path: 'ip[0].cidr' });
    expect(problem('{"ip":[{"cidr":"10.0.0.0/x"}]}').reason).toBe('Malformed CIDR, mask bits must be an integer');
    expect(problem('{"ip":[{"cidr":"xx.11.xx/24"}]}').reason).toBe('Nonstandard IP address: xx.11.xx');
    expect(problem('{"ip":[{"cidr":"10.0.0.0/24"}]}'.replace('24', '32')).reason).toBe('IPv4 mask bits must be < 32');
    expect(problem('{"ip":[{"cidr":"10.0.0.0"}]}').location).toBeUndefined();
  });

  it('checks $or and anything-but lists as the matching engine does', () => {
    expect(problem('{"$or":[{"a":["x"]}]}').reason).toBe('There must have at least 2 Objects in $or relationship.');
    expect(problem('{"$or":[{"a":["x"]},"b"]}').reason).toBe('Only JSON object is allowed in array of $or relationship.');
    expect(problem('{"a":[{"anything-but":["x",1]}]}').reason).toBe('Inside anything but list, either all values are number or string, mixed type is not supported');
    expect(problem('{"a":[{"anything-but":[true]}]}').reason).toBe('Inside anything but list, start|null|boolean is not supported.');
    expect(problem('{"a":[{"anything-but":true}]}').reason).toBe('Value of anything-but must be an array or single string/number value.');
    expect(problem('{"a":[{"wildcard":"*.png"}]}').reason).toBe('Unrecognized match type wildcard');
    expect(problem('{}').reason).toBe('Empty objects are not allowed');
  });

  it('accepts every operator SNS documents', () => {
    const text = JSON.stringify({
      store: ['example_corp', { prefix: 'ex' }, { suffix: 'corp' }, { 'equals-ignore-case': 'EXAMPLE_CORP' }],
      event: [{ 'anything-but': ['order_cancelled'] }, { 'anything-but': { prefix: 'test_' } }, { 'anything-but': { suffix: '_test' } }],
      price: [{ numeric: ['>=', 100, '<', 200] }, { numeric: ['=', 301.5] }],
      ip: [{ cidr: '2001:db8::/32' }, { exists: false }],
      $or: [{ a: [true, null] }, { b: [{ exists: true }] }],
    });
    const result = parseFilterPolicy(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.alternatives.map((c) => c.map((k) => k.key))).toEqual([['store', 'event', 'price', 'ip', 'a'], ['store', 'event', 'price', 'ip', 'b']]);
  });
});
