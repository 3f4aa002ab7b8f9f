// The execution role a function gets when it is created without one (named as the console names it).
import { ACCOUNT_ID } from '../ids';

export const defaultRoleArn = (functionName: string) => `arn:aws:iam::${ACCOUNT_ID}:role/service-role/${functionName}-role`;
