// Ids made on the device, so that a command sent again after a lost answer is recognised by the server.
export function newId(prefix: string): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let text = '';
  for (const b of bytes) text += b.toString(16).padStart(2, '0');
  return `${prefix}-${text}`;
}
