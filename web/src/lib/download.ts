// Saving a file the server made: fetched with the token in a header (never in an address or a server log), then
// handed to the browser as a Blob to save under the server's file name.
import { fetchFile } from './api';
import { h } from './dom';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Fetches and saves a file; a refusal or a network failure is thrown for the page to say in its words. */
export async function download(path: string, token: string): Promise<void> {
  const { blob, fileName } = await fetchFile(path, token);
  saveBlob(blob, fileName);
}
