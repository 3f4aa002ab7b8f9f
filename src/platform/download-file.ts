// Hands a file to the browser's download (an object URL on a temporary link).

export function downloadFile(file: { fileName: string; type: string; data: string | Uint8Array }): void {
  const blob = new Blob([file.data as BlobPart], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may still be reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
