// The chain's run script: upload a photo through the API, then follow it hop by hop until it is in
// the feeds of both of ana's followers.
import { photoFeedExample } from '.';
import { samplePhoto } from '../sample-photo';
import { expect, waitFor, type Scenario } from '../scenario';

const API_ID = 'photofeed1';

/** An item in DynamoDB JSON, as the low-level API answers it. */
type Item = Record<string, { S?: string; N?: string }>;

export const scenario: Scenario = {
  project: photoFeedExample,
  async run(api, step) {
    let key = '';
    await step('1. POST /photos?user=ana with a photo', async () => {
      const res = await api.apigateway.request({ apiId: API_ID, method: 'POST', path: '/photos?user=ana', headers: { 'content-type': 'image/png' }, body: samplePhoto() });
      expect(res.statusCode === 201, `Expected 201, got ${res.statusCode} ${res.body}`);
      key = JSON.parse(res.body).key;
      return `POST /photos → ${res.statusCode}: upload-photo stored s3://photos/${key}`;
    });
    await step('2. S3 invokes extract-metadata: the metadata is in DynamoDB', async () => {
      const item = await waitFor(async () => ((await api.dynamodb.getItem({ TableName: 'photo-metadata', Key: { photoId: { S: key } } })) as { Item?: Item }).Item, 'the photo-metadata item');
      return `photo-metadata ${key}: ${item.width?.N}×${item.height?.N}, ${item.size?.N} bytes`;
    });
    await step('3. The table stream invokes fan-out-feed: ben and cleo get the photo', async () => {
      const feeds = await waitFor(async () => {
        const { Items = [] } = (await api.dynamodb.scan({ TableName: 'feeds' })) as { Items?: Item[] };
        const owners = Items.filter((i) => i.photoId?.S === key).map((i) => i.userId?.S);
        return owners.includes('ben') && owners.includes('cleo') ? owners : undefined;
      }, "the photo in ben's and cleo's feeds");
      return `feeds: ${feeds.sort().join(', ')}`;
    });
    await step("4. GET /feed/ben answers ben's feed", async () => {
      const res = await api.apigateway.request({ apiId: API_ID, method: 'GET', path: '/feed/ben' });
      expect(res.statusCode === 200 && res.body.includes(key), `Expected the photo in ben's feed: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return `GET /feed/ben → ${res.statusCode}, ${JSON.parse(res.body).length} entr${JSON.parse(res.body).length === 1 ? 'y' : 'ies'}`;
    });
  },
};
