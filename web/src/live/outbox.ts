// Commands waiting to reach the server, kept in local storage so they survive a reload or a dead battery. Each keeps
// the ids it was made with, so sending it again after a lost answer is recognised and applied once.
import { isTransient, refusalOf, type Refusal } from './errors';

export interface Pending {
  id: string;
  method: string;
  args: unknown[];
  createdAt: number;
}

export class Outbox {
  private items: Pending[];
  private flushing = false;
  private readonly listeners: Array<() => void> = [];
  private readonly sentListeners: Array<(item: Pending, result: unknown) => void> = [];

  constructor(private readonly storageKey: string, private readonly onRefused: (item: Pending, refusal: Refusal) => void) {
    this.items = Outbox.load(storageKey);
  }

  get pending(): readonly Pending[] {
    return this.items;
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Each command the server acknowledged (its call returned), before the change listeners hear of its removal. */
  onSent(listener: (item: Pending, result: unknown) => void): void {
    this.sentListeners.push(listener);
  }

  add(item: Pending): void {
    if (this.items.some((x) => x.id === item.id)) return;
    this.items = [...this.items, item];
    this.save();
  }

  /** Sends what waits, oldest first, one at a time; stops at the first failure that is the network's. */
  async flush(invoke: (method: string, args: unknown[]) => Promise<unknown>): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.items.length > 0) {
        const item = this.items[0];
        let sent = false;
        let result: unknown;
        try {
          result = await invoke(item.method, item.args);
          sent = true;
        } catch (error) {
          const refusal = refusalOf(error);
          if (isTransient(refusal)) return;
          this.onRefused(item, refusal!);
        }
        if (sent) for (const listener of this.sentListeners) listener(item, result);
        this.items = this.items.filter((x) => x.id !== item.id);
        this.save();
      }
    } finally {
      this.flushing = false;
    }
  }

  private save(): void {
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(this.items));
    } catch {
      // Storage full or denied: the queue still lives in memory until the page closes.
    }
    for (const listener of this.listeners) listener();
  }

  private static load(key: string): Pending[] {
    try {
      const parsed = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
      return Array.isArray(parsed) ? (parsed as Pending[]).filter((x) => typeof x?.id === 'string' && typeof x?.method === 'string') : [];
    } catch {
      return [];
    }
  }
}
