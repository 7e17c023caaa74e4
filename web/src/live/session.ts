// A live soirée for one token: connects (and reconnects, forever, with jittered backoff), resyncs from the last
// sequence number, applies events strictly in order, keeps the server's clock, and sends the outbox when online.
import * as signalR from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { applyEvent } from './apply';
import type { Caller, EventMessage, Snapshot } from './model';
import { Outbox, type Pending } from './outbox';
import type { Refusal } from './errors';
import { eventBatch, suggestionBatch, syncResult, type EventBatch, type SuggestionBatch } from './wire';

export type ConnectionState = 'connecting' | 'online' | 'offline' | 'denied';

export type { SuggestionBatch } from './wire';

const gapWaitMs = 1500;
// A Resync nudge reaches every connection of a node at once, a whole hall after a Redis outage: each page waits a
// random moment within this spread before its Sync, so a thousand phones make about two Syncs a millisecond rather
// than a thousand at once. Half a second keeps the catch-up, nudge included, within the 2 s the server aims for.
const resyncSpreadMs = 500;
const resyncAttempts = 3;
const maxBackoffMs = 30_000;

/** Backoff with full jitter, so 300 phones that lost the same Wi-Fi do not all come back at the same instant. */
export function backoffDelay(attempt: number): number {
  const ceiling = Math.min(maxBackoffMs, 500 * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

export class LiveSession {
  snapshot: Snapshot | null = null;
  me: Caller | null = null;
  state: ConnectionState = 'connecting';
  readonly outbox: Outbox;

  private readonly connection: signalR.HubConnection;
  private readonly early = new Map<number, EventMessage>();
  private readonly listeners: Array<(events: EventMessage[]) => void> = [];
  private readonly stateListeners: Array<(state: ConnectionState) => void> = [];
  private readonly suggestionListeners: Array<(batch: SuggestionBatch) => void> = [];
  private clockOffset = 0;
  private bestRoundTrip = Number.POSITIVE_INFINITY;
  private gapTimer: number | undefined;
  private clockTimer: number | undefined;
  private flushTimer: number | undefined;
  private retryTimer: number | undefined;
  private resyncTimer: number | undefined;
  private resyncTarget = 0;
  private wakeRetry: (() => void) | undefined;
  private syncing = false;
  private deleted = false;
  private stopped = false;
  private readonly deletedListeners: Array<() => void> = [];

  /**
   * `roster`: the page lists every participant (the consoles of the staff, whose snapshots hold the list); a phone
   * or a board holds only its own person and counts the others (docs/protocol.md §17).
   */
  constructor(
    private readonly token: string,
    private readonly storageKey: string,
    onRefused: (item: Pending, refusal: Refusal) => void,
    private readonly roster = true,
  ) {
    this.outbox = new Outbox(`${storageKey}:outbox`, onRefused);
    this.snapshot = this.loadSnapshot();
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/workshop', {
        accessTokenFactory: () => this.token,
        transport: signalR.HttpTransportType.WebSockets | signalR.HttpTransportType.LongPolling,
      })
      .withHubProtocol(new MessagePackHubProtocol())
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (context) => backoffDelay(context.previousRetryCount) })
      .configureLogging(signalR.LogLevel.None)
      .build();
    // MessagePack brings the compact shape; the wire module turns it into what the pages use.
    this.connection.on('Events', (raw: unknown) => this.receive(eventBatch(raw)));
    this.connection.on('Suggestions', (raw: unknown) => {
      const batch = suggestionBatch(raw);
      for (const listener of this.suggestionListeners) listener(batch);
    });
    this.connection.onreconnecting(() => this.setState('connecting'));
    this.connection.onreconnected(() => void this.afterConnect());
    // Automatic reconnection gives up only when the server refuses us; keep trying while the page is open.
    this.connection.onclose(() => {
      if (!this.deleted && !this.stopped) void this.startLoop(1);
    });
    this.connection.on('SessionDeleted', () => void this.end());
    this.connection.on('Resync', (_sessionId: string, version: number) => this.nudged(version));
    window.addEventListener('online', this.onOnline);
  }

  private readonly onOnline = (): void => {
    if (!this.stopped && this.connection.state === signalR.HubConnectionState.Disconnected) void this.startLoop(0);
  };

  /**
   * Closes the connection for good and clears every timer and listener, so a page can let this soirée go (a console
   * switching between the people it types for). What waits in the outbox stays stored for the next session.
   */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.clearTimeout(this.gapTimer);
    window.clearInterval(this.clockTimer);
    window.clearInterval(this.flushTimer);
    window.clearTimeout(this.retryTimer);
    window.clearTimeout(this.resyncTimer);
    this.wakeRetry?.();
    this.gapTimer = undefined;
    this.clockTimer = undefined;
    this.flushTimer = undefined;
    this.listeners.length = 0;
    this.stateListeners.length = 0;
    this.suggestionListeners.length = 0;
    this.deletedListeners.length = 0;
    await this.connection.stop();
  }

  /** The server's clock now, in Unix milliseconds, whatever this device's clock says. */
  serverNow(): number {
    return Date.now() + this.clockOffset;
  }

  get lastSeq(): number {
    return this.snapshot?.version ?? 0;
  }

  /** The animator deleted the soirée: the connection is closed for good and what this device kept is forgotten. */
  onDeleted(listener: () => void): void {
    this.deletedListeners.push(listener);
  }

  private async end(): Promise<void> {
    this.deleted = true;
    try {
      localStorage.removeItem(`${this.storageKey}:snapshot`);
      localStorage.removeItem(`${this.storageKey}:outbox`);
    } catch {
      // Storage may be unavailable (private mode): nothing was kept then.
    }
    this.snapshot = null;
    await this.connection.stop();
    this.setState('denied');
    for (const listener of this.deletedListeners) listener();
  }

  onEvents(listener: (events: EventMessage[]) => void): void {
    this.listeners.push(listener);
  }

  /** Clustering suggestions, as they arrive; they are not events and are not kept. */
  onSuggestions(listener: (batch: SuggestionBatch) => void): void {
    this.suggestionListeners.push(listener);
  }

  onState(listener: (state: ConnectionState) => void): void {
    this.stateListeners.push(listener);
  }

  async start(): Promise<void> {
    await this.startLoop(0);
  }

  /** Calls a hub method now (the caller handles failures). */
  invoke<T = number>(method: string, ...args: unknown[]): Promise<T> {
    return this.connection.invoke<T>(method, ...args);
  }

  /**
   * A command of the person using this page was stored at `seq`: shows what it changed now, when its event has not
   * come yet. The public audience gets participants' own changes (a table chosen) a little late, batched with the
   * hall's (docs/protocol.md §8); the event, when it comes, sets the same again.
   */
  settle(seq: number, change: (s: Snapshot) => void): void {
    if (!this.snapshot || seq <= this.lastSeq) return;
    change(this.snapshot);
    this.saveSnapshot();
    for (const listener of this.listeners) listener([]);
  }

  /** Queues a command to be sent now or when the connection returns; it survives a reload. */
  send(id: string, method: string, ...args: unknown[]): void {
    this.outbox.add({ id, method, args, createdAt: Date.now() });
    void this.flush();
  }

  async flush(): Promise<void> {
    if (this.stopped || this.connection.state !== signalR.HubConnectionState.Connected) return;
    await this.outbox.flush((method, args) => this.connection.invoke(method, ...args));
  }

  private async startLoop(attempt: number): Promise<void> {
    for (let n = attempt; !this.stopped; n++) {
      if (this.connection.state !== signalR.HubConnectionState.Disconnected) return;
      this.setState('connecting');
      try {
        await this.connection.start();
        await this.afterConnect();
        return;
      } catch (error) {
        if (this.stopped) return;
        // A refused token (a wrong or replaced link) will not get better by retrying; a network failure will.
        if (error instanceof signalR.HttpError && (error.statusCode === 401 || error.statusCode === 403)) {
          this.setState('denied');
          return;
        }
        this.setState('offline');
        await this.pause(backoffDelay(n));
      }
    }
  }

  /** Waits before the next try; stop() ends the wait at once. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeRetry = () => {
        window.clearTimeout(this.retryTimer);
        this.wakeRetry = undefined;
        resolve();
      };
      this.retryTimer = window.setTimeout(() => this.wakeRetry?.(), ms);
    });
  }

  private async afterConnect(): Promise<void> {
    if (this.stopped) return;
    await this.sync();
    this.setState('online');
    void this.measureClock();
    if (this.clockTimer === undefined && !this.stopped) {
      // Phones' clocks drift and jump (sleep, manual changes): measure again now and then.
      this.clockTimer = window.setInterval(() => void this.measureClock(), 30_000);
      // A send that failed while the connection stayed up (saving paused) is tried again without waiting for a reconnect.
      this.flushTimer = window.setInterval(() => void this.flush().catch(() => undefined), 5_000);
    }
    await this.flush();
  }

  private async sync(): Promise<void> {
    if (this.syncing) return;
    this.syncing = true;
    try {
      const result = syncResult(await this.connection.invoke<unknown>('Sync', this.lastSeq));
      this.me = result.me;
      this.observeServerNow(result.serverNow);
      if (result.snapshot) {
        this.snapshot = result.snapshot;
        for (const seq of Array.from(this.early.keys())) if (seq <= result.version) this.early.delete(seq);
        this.drain(true);
      } else {
        for (const e of result.events ?? []) if (e.seq > this.lastSeq) this.early.set(e.seq, e);
        // Tell pages even when nothing was missed: they now know who they are (me) and that they are in sync.
        this.drain(false, true);
      }
    } finally {
      this.syncing = false;
    }
  }

  /**
   * The server says events may have been missed, the soirée being at `version` (docs/protocol.md §14.6): catch up
   * with Sync from the last applied event, after a random moment, unless live events or another nudge got there first.
   */
  private nudged(version: number): void {
    if (this.stopped || version <= this.lastSeq) return;
    this.resyncTarget = Math.max(this.resyncTarget, version);
    this.scheduleCatchUp(Math.random() * resyncSpreadMs, 0);
  }

  private scheduleCatchUp(delayMs: number, attempt: number): void {
    if (this.resyncTimer !== undefined || this.stopped) return;
    this.resyncTimer = window.setTimeout(() => {
      this.resyncTimer = undefined;
      void this.catchUp(attempt);
    }, delayMs);
  }

  private async catchUp(attempt: number): Promise<void> {
    // Disconnected, the reconnection syncs anyway.
    if (this.stopped || this.lastSeq >= this.resyncTarget || this.connection.state !== signalR.HubConnectionState.Connected) return;
    if (!this.syncing) {
      try {
        await this.sync();
      } catch {
        // Saving paused or the connection dropped: try again below, or the reconnection syncs.
      }
    }
    // A Sync already under way may have read the soirée before the nudge's version: look again after it.
    if (this.lastSeq < this.resyncTarget && attempt + 1 < resyncAttempts) this.scheduleCatchUp(backoffDelay(attempt), attempt + 1);
  }

  private receive(batch: EventBatch): void {
    this.observeServerNow(batch.serverNow);
    for (const e of batch.events) if (e.seq > this.lastSeq) this.early.set(e.seq, e);
    this.drain(false);
  }

  private drain(replaced: boolean, notify = false): void {
    const applied: EventMessage[] = [];
    if (this.snapshot) {
      for (let next = this.early.get(this.lastSeq + 1); next; next = this.early.get(this.lastSeq + 1)) {
        this.early.delete(next.seq);
        applyEvent(this.snapshot, next, this.roster);
        applied.push(next);
      }
    }
    if (this.early.size > 0 && this.gapTimer === undefined && !this.stopped) {
      // An event is missing (a batch from another node is late): wait a little, then ask for it.
      this.gapTimer = window.setTimeout(() => {
        this.gapTimer = undefined;
        if (this.early.size > 0) void this.sync().catch(() => undefined);
      }, gapWaitMs);
    }
    if (applied.length > 0 || replaced || notify) {
      this.saveSnapshot();
      for (const listener of this.listeners) listener(applied);
    }
  }

  /** A first, rough offset from a pushed timestamp, until a measured round trip gives a better one. */
  private observeServerNow(serverNow: number): void {
    if (this.bestRoundTrip === Number.POSITIVE_INFINITY) this.clockOffset = serverNow - Date.now();
  }

  /** Samples ServerTime a few times and keeps the one with the shortest round trip: the least blurred. */
  private async measureClock(): Promise<void> {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const sent = Date.now();
      try {
        const server = await this.connection.invoke<number>('ServerTime');
        const received = Date.now();
        const roundTrip = Math.max(1, received - sent);
        if (roundTrip <= best) {
          best = roundTrip;
          this.bestRoundTrip = roundTrip;
          this.clockOffset = server - (sent + received) / 2;
        }
      } catch {
        return;
      }
    }
    for (const listener of this.listeners) listener([]);
  }

  private setState(state: ConnectionState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  private loadSnapshot(): Snapshot | null {
    try {
      const raw = localStorage.getItem(`${this.storageKey}:snapshot`);
      const kept = raw ? (JSON.parse(raw) as Snapshot) : null;
      // Kept by an earlier version of the page, before snapshots carried the count: they listed everyone then.
      if (kept && typeof kept.participantCount !== 'number') kept.participantCount = kept.participants?.length ?? 0;
      return kept;
    } catch {
      return null;
    }
  }

  private saveSnapshot(): void {
    try {
      if (this.snapshot) localStorage.setItem(`${this.storageKey}:snapshot`, JSON.stringify(this.snapshot));
    } catch {
      // Storage full: a reload then starts from a fresh snapshot, which is fine.
    }
  }
}
