// The four handlers of the photo → metadata → feed chain, as a learner reads them: real SDK v3
// code that would run unchanged on AWS Lambda.

export const UPLOAD_PHOTO = `// POST /photos?user=ana with an image as the body: stores it in the photos bucket.
// (On AWS a browser would usually upload straight to S3 with a presigned URL.)
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

const s3 = new S3Client({});

export const handler = async (event: APIGatewayProxyEventV2) => {
  const user = event.queryStringParameters?.user;
  if (!user || !event.body) return { statusCode: 400, body: JSON.stringify({ message: 'POST an image to /photos?user=<name>' }) };
  const bytes = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  const key = \`\${user}/\${crypto.randomUUID()}.png\`;
  await s3.send(new PutObjectCommand({
    Bucket: process.env.PHOTOS_BUCKET, Key: key, Body: bytes,
    ContentType: event.headers['content-type'] ?? 'image/png', Metadata: { owner: user },
  }));
  return { statusCode: 201, body: JSON.stringify({ key }) };
};
`;

export const EXTRACT_METADATA = `// Hop 2: S3 invokes this for every new photo; it measures the image and writes its metadata
// to the photo-metadata table, whose stream starts hop 3.
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { S3Event } from 'aws-lambda';

const s3 = new S3Client({});
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: S3Event) => {
  for (const record of event.Records) {
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    const object = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: key }));
    const bytes = await object.Body!.transformToByteArray();
    // createImageBitmap is what a browser worker has; on Lambda you would use a library such as sharp.
    const image = await createImageBitmap(new Blob([bytes], { type: object.ContentType }));
    const photo = {
      photoId: key, owner: object.Metadata?.owner ?? key.split('/')[0],
      width: image.width, height: image.height, size: record.s3.object.size, uploadedAt: record.eventTime,
    };
    await db.send(new PutCommand({ TableName: process.env.METADATA_TABLE, Item: photo }));
    console.log(\`metadata of \${key}: \${photo.width}×\${photo.height}, \${photo.size} bytes\`);
  }
};
`;

export const FAN_OUT_FEED = `// Hop 3: the photo-metadata stream invokes this with new photos; it writes an entry into the
// feed of every follower of the photo's owner.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: DynamoDBStreamEvent) => {
  for (const record of event.Records) {
    if (record.eventName !== 'INSERT') continue;
    const photo = unmarshall(record.dynamodb!.NewImage as never);
    const { Items: followers = [] } = await db.send(new QueryCommand({
      TableName: process.env.FOLLOWERS_TABLE, KeyConditionExpression: 'userId = :owner', ExpressionAttributeValues: { ':owner': photo.owner },
    }));
    if (followers.length === 0) continue;
    await db.send(new BatchWriteCommand({
      RequestItems: {
        [process.env.FEEDS_TABLE!]: followers.map((f) => ({
          PutRequest: { Item: { userId: f.followerId, postedAt: \`\${photo.uploadedAt}#\${photo.photoId}\`, ...photo } },
        })),
      },
    }));
    console.log(\`\${photo.photoId} is in the feeds of \${followers.map((f) => f.followerId).join(', ')}\`);
  }
};
`;

export const GET_FEED = `// Hop 4: GET /feed/{userId} answers the user's feed, newest first.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: APIGatewayProxyEventV2) => {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName: process.env.FEEDS_TABLE, KeyConditionExpression: 'userId = :u',
    ExpressionAttributeValues: { ':u': event.pathParameters!.userId }, ScanIndexForward: false, Limit: 20,
  }));
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(Items) };
};
`;
