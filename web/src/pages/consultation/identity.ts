// Who this device is in a consultation, without an account: a visitor token the server gives on the first write
// (never before: reading needs none), the proposals made from here, and the nickname last used for a comment.
// All of it stays on the device; nothing asks for an e-mail.
import { call } from '../../lib/api';
import { store, stored } from '../../lib/storage';

const tokenKey = (code: string) => `st:consultation:${code}:visitor`;
const mineKey = (code: string) => `st:consultation:${code}:mine`;
const nicknameKey = 'st:consultation:nickname';

/** The code of /c/CODE, or null elsewhere. */
export function codeFromPath(): string | null {
  const match = /^\/c\/([^/]+)\/?$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

export class Visitor {
  private token: string | null;
  private asking: Promise<string> | null = null;
  private readonly memory = new Set<string>();

  constructor(private readonly code: string) {
    this.token = stored(tokenKey(code));
  }

  /** The token held, if any: reads send it so that the server says which proposals are this device's. */
  get held(): string | null {
    return this.token;
  }

  /** The token, asked for once on the first write; a failure is thrown, and the outbox tries again later. */
  async ensure(): Promise<string> {
    if (this.token) return this.token;
    this.asking ??= call<{ token: string }>('POST', `/api/consultations/${encodeURIComponent(this.code)}/visitors`, {})
      .then(({ token }) => {
        this.token = token;
        store(tokenKey(this.code), token);
        return token;
      })
      .finally(() => {
        this.asking = null;
      });
    return this.asking;
  }

  /** The proposals made from this device, by id (the server says so too, once it has the token). */
  mine(): Set<string> {
    try {
      return new Set([...(JSON.parse(stored(mineKey(this.code)) ?? '[]') as string[]), ...this.memory]);
    } catch {
      return new Set(this.memory);
    }
  }

  rememberMine(id: string): void {
    this.memory.add(id);
    store(mineKey(this.code), JSON.stringify([...this.mine()]));
  }

  get nickname(): string {
    return stored(nicknameKey) ?? '';
  }

  set nickname(value: string) {
    store(nicknameKey, value);
  }
}
