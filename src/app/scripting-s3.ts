// `window.playground.s3` and `iam`: the simulated S3 with the AWS SDK's shapes, and the roles
// and function policies that decide who may do what.
import type { Engine } from '../engine/engine';
import type { FunctionCaller } from '../engine/iam/iam-service';

export function createS3Scripting(s3: Engine['s3']) {
  return {
    createBucket: s3.createBucket,
    deleteBucket: s3.deleteBucket,
    headBucket: s3.headBucket,
    listBuckets: s3.listBuckets,
    putObject: s3.putObject,
    /** As the SDK's GetObject, except `Body` is a Blob (read it with `.text()` or `.arrayBuffer()`). */
    getObject: s3.getObject,
    headObject: s3.headObject,
    deleteObject: s3.deleteObject,
    deleteObjects: s3.deleteObjects,
    copyObject: s3.copyObject,
    listObjectsV2: s3.listObjectsV2,
    putBucketNotificationConfiguration: s3.putBucketNotificationConfiguration,
    getBucketNotificationConfiguration: s3.getBucketNotificationConfiguration,
  };
}

export function createIamScripting(engine: Engine) {
  const { iam } = engine;
  /** The role a function runs as (created as the console would on first use). */
  const roleOf = async (functionName: string) => {
    const { Role } = await engine.lambda.getFunctionConfiguration({ FunctionName: functionName });
    return iam.roleOf({ functionName, roleArn: Role } satisfies FunctionCaller);
  };
  return {
    listRoles: () => iam.roles.list(),
    /** The execution role of a function, with its inline policies. */
    getFunctionRole: roleOf,
    /** PutRolePolicy on a function's role: `document` is the policy JSON text (validated as IAM does). */
    putFunctionRolePolicy: async (functionName: string, policyName: string, document: string) => iam.roles.putRolePolicy((await roleOf(functionName)).roleName, policyName, document),
    deleteFunctionRolePolicy: async (functionName: string, policyName: string) => iam.roles.deleteRolePolicy((await roleOf(functionName)).roleName, policyName),
  };
}
