// The shapes of Lambda's resource-based policy API (AddPermission, RemovePermission, GetPolicy) and of
// the statements it writes, apart from the registry so the invoke check and suggestions can share them.

/** AddPermission's request (the fields the playground models; PrincipalOrgID and EventSourceToken are not). */
export interface AddPermissionInput {
  FunctionName: string;
  StatementId: string;
  /** `lambda:InvokeFunction`, `lambda:InvokeFunctionUrl`, `lambda:*`, ... */
  Action: string;
  /** A service (`s3.amazonaws.com`), an account id, an IAM ARN, or `*`. */
  Principal: string;
  SourceArn?: string;
  SourceAccount?: string;
  Qualifier?: string;
  FunctionUrlAuthType?: 'NONE' | 'AWS_IAM';
  RevisionId?: string;
}

export interface RemovePermissionInput {
  FunctionName: string;
  StatementId: string;
  Qualifier?: string;
  RevisionId?: string;
}

export interface GetPolicyInput {
  FunctionName: string;
  Qualifier?: string;
}

/** One statement, exactly as Lambda writes it (and in Lambda's key order, which GetPolicy shows). */
export interface LambdaPolicyStatement {
  Sid: string;
  Effect: 'Allow';
  Principal: '*' | { Service: string } | { AWS: string };
  Action: string;
  Resource: string;
  Condition?: Record<string, Record<string, string>>;
}

/** A function's statements for every qualifier (each statement's Resource says which), as the project stores them. */
export interface FunctionPolicyDef {
  functionName: string;
  statements: LambdaPolicyStatement[];
}
