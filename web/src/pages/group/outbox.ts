// Every change made in a group's space waits here until the server has stored it. Writes name their item with an
// id made on the device, so sending one again after a lost answer changes nothing: the outbox can retry freely.
// It is kept on the device, so a change typed on a weak network survives a reload; a change the server refuses
// stays, with the reason, until the person removes it. Nothing is called "enregistré" before the server's answer.

export interface Pending {
  key: string;
  method: 'PUT' | 'POST' | 'DELETE';
  path: string;
  body: unknown;
  /** What the person sees while it waits ("Ajout au canevas : …"). */
  label: string;
  state: 'waiting' | 'refused';
  /** The server's error code and message, for a refused write. */
  code: string | null;
  reason: string | null;
}

type Listener = (stored: boolean) => void;

const retryMs = [2_000, 4_000, 8_000, 15_000, 30_000];

export class Outbox {
  private items: Pending[];
  private sending = false;
  private attempt = 0;
  private timer: number | undefined;
  private readonly listeners: Listener[] = [];

  /**
   * `token` gives the bearer of each write; it may have to ask the server first (a consultation's visitor gets
   * theirs on their first write), and a failure to get it is retried like a lost answer.
   */
  constructor(private readonly storageKey: string, private readonly token: () => string | Promise<string>) {
    this.items = this.load();
    window.addEventListener('online', () => this.kick());
  }

  get pending(): readonly Pending[] {
    return this.items;
  }

  /** Called after every change of the queue; `stored` when the server has just stored one. */
  onChange(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Queues a write; a waiting write to the same address is replaced, since only the latest one counts. */
  send(method: Pending['method'], path: string, body: unknown, label: string): void {
    const key = `${method} ${path}`;
    const waiting = this.items.findIndex((x) => x.key === key && x !== this.inFlight);
    const entry: Pending = { key, method, path, body, label, state: 'waiting', code: null, reason: null };
    if (waiting >= 0) this.items[waiting] = entry;
    else this.items.push(entry);
    this.save();
    this.notify(false);
    this.kick();
  }

  /** Drops a refused write (the person read why and let it go). */
  dismiss(entry: Pending): void {
    this.items = this.items.filter((x) => x !== entry);
    this.save();
    this.notify(false);
  }

  private inFlight: Pending | null = null;

  /** Sends what waits, one at a time, in the order it was made. */
  kick(): void {
    window.clearTimeout(this.timer);
    if (!this.sending) void this.drain();
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      for (;;) {
        const next = this.items.find((x) => x.state === 'waiting');
        if (!next) return;
        this.inFlight = next;
        const outcome = await this.deliver(next);
        this.inFlight = null;
        if (outcome === 'retry') {
          const delay = retryMs[Math.min(this.attempt, retryMs.length - 1)];
          this.attempt++;
          this.timer = window.setTimeout(() => this.kick(), delay);
          return;
        }
        this.attempt = 0;
        if (outcome === 'stored') this.items = this.items.filter((x) => x !== next);
        this.save();
        this.notify(outcome === 'stored');
      }
    } finally {
      this.sending = false;
    }
  }

  private async deliver(entry: Pending): Promise<'stored' | 'refused' | 'retry'> {
    let response: Response;
    try {
      const token = await this.token();
      response = await fetch(entry.path, {
        method: entry.method,
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
        body: entry.method === 'DELETE' ? undefined : JSON.stringify(entry.body),
      });
    } catch {
      return 'retry';
    }
    if (response.ok) return 'stored';
    // A busy or unreachable store, a rate limit, a timeout: the same write will be right later.
    if (response.status >= 500 || response.status === 429 || response.status === 408) return 'retry';
    entry.state = 'refused';
    entry.code = `http.${response.status}`;
    entry.reason = response.statusText;
    try {
      // The server's refusals are { error: { code, message } }.
      const body = (await response.json()) as { error?: { message?: string; code?: string }; message?: string; code?: string };
      const error = body.error ?? body;
      entry.code = error.code ?? entry.code;
      entry.reason = error.message ?? entry.reason;
    } catch {
      // Not JSON: keep the status.
    }
    return 'refused';
  }

  private notify(stored: boolean): void {
    for (const listener of this.listeners) listener(stored);
  }

  private load(): Pending[] {
    try {
      const raw = localStorage.getItem(this.storageKey);
      return raw ? (JSON.parse(raw) as Pending[]) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) localStorage.removeItem(this.storageKey);
      else localStorage.setItem(this.storageKey, JSON.stringify(this.items));
    } catch {
      // Storage full or denied: the queue still lives in memory for this visit.
    }
  }
}
