// CodeSha256 and CodeSize of a function's files, as GetFunctionConfiguration reports them.

/** SHA-256 (base64) over the files in path order: equal code, equal hash. */
export async function codeSha256(files: Record<string, string>): Promise<string> {
  const text = JSON.stringify(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return btoa(String.fromCharCode(...digest));
}

export function codeSize(files: Record<string, string>): number {
  const encoder = new TextEncoder();
  return Object.values(files).reduce((sum, source) => sum + encoder.encode(source).length, 0);
}
