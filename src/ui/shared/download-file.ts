// Hands a file to the browser's download (an object URL on a temporary link).

/** Saves a Blob as a download; the URL is revoked once the browser has had time to read it. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the click; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadFile(file: { fileName: string; type: string; data: string | Uint8Array }): void {
  saveBlob(new Blob([file.data as BlobPart], { type: file.type }), file.fileName);
}
