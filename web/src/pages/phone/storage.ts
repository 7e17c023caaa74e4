// What the phone keeps on the device: who it is in each soirée, the texts of the notes it wrote (live batches to
// participants carry a hidden note's text as null, so the phone keeps what it typed), the notes the server refused
// and the drafts being typed, so that nothing typed is lost to a refusal, a time-up or a reload. Every key of a
// participant starts with st:<session>:<participant>, so two people on one tablet never mix what they typed.

export interface Identity {
  sessionId: string;
  participantId: string;
  token: string;
  nickname: string;
}

export interface CodeInfo {
  sessionId: string;
  title: string;
  language: string;
}

export interface ContactDraft {
  name: string;
  email: string;
  phone: string;
}

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or denied: the page keeps working with what it holds in memory.
  }
}

export function loadIdentity(sessionId: string): Identity | null {
  const found = read<Identity>(`st:join:${sessionId}`);
  return found && typeof found.token === 'string' && typeof found.participantId === 'string' ? found : null;
}

export function saveIdentity(identity: Identity): void {
  write(`st:join:${identity.sessionId}`, identity);
}

/**
 * The secret join id of this phone for a soirée, made once (128 random bits) and kept until the join is answered,
 * so a join sent again after a lost answer is recognised by the server instead of making a second participant.
 */
export function joinIdFor(sessionId: string): string {
  const key = `st:joining:${sessionId}`;
  const kept = read<string>(key);
  if (typeof kept === 'string' && /^[0-9a-f]{32}$/.test(kept)) return kept;
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const made = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  write(key, made);
  return made;
}

export function forgetJoinId(sessionId: string): void {
  try {
    localStorage.removeItem(`st:joining:${sessionId}`);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The soirée a code led to last time: lets a reload go straight in when the network is down. */
export function loadCode(code: string): CodeInfo | null {
  return read<CodeInfo>(`st:code:${code.toUpperCase()}`);
}

export function saveCode(code: string, info: CodeInfo): void {
  write(`st:code:${code.toUpperCase()}`, info);
}

/** Texts of this participant's notes, by note id. */
export class MyTexts {
  private readonly texts: Record<string, string>;

  constructor(private readonly key: string) {
    this.texts = read<Record<string, string>>(key) ?? {};
  }

  has(noteId: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.texts, noteId);
  }

  get(noteId: string): string | undefined {
    return this.has(noteId) ? this.texts[noteId] : undefined;
  }

  set(noteId: string, text: string): void {
    this.texts[noteId] = text;
    write(this.key, this.texts);
  }
}

/** A note the server refused: its text and where it was going, kept until it is sent again or withdrawn. */
export interface RefusedNote {
  id: string;
  workshopId: string;
  column: string;
  text: string;
  /** The refusal's code (docs/protocol.md §19.2). */
  code: string;
  at: number;
}

export class RefusedNotes {
  private items: RefusedNote[];

  constructor(private readonly key: string) {
    const list = read<RefusedNote[]>(key);
    this.items = Array.isArray(list) ? list.filter((x) => typeof x?.id === 'string' && typeof x.text === 'string' && typeof x.workshopId === 'string') : [];
  }

  get all(): readonly RefusedNote[] {
    return this.items;
  }

  find(id: string): RefusedNote | undefined {
    return this.items.find((x) => x.id === id);
  }

  add(note: RefusedNote): void {
    this.items = [...this.items.filter((x) => x.id !== note.id), note];
    write(this.key, this.items);
  }

  remove(id: string): void {
    if (!this.find(id)) return;
    this.items = this.items.filter((x) => x.id !== id);
    write(this.key, this.items);
  }
}

/** What is being typed in a workshop's composer, saved as it is typed. */
export interface Draft {
  text: string;
  column: string | null;
  at: number;
}

/** Drafts by workshop: a text typed as time ran out waits for the next writing round of the same workshop. */
export class Drafts {
  private readonly drafts: Record<string, Draft>;

  constructor(private readonly key: string) {
    this.drafts = read<Record<string, Draft>>(key) ?? {};
  }

  get(workshopId: string): Draft | null {
    const draft = Object.prototype.hasOwnProperty.call(this.drafts, workshopId) ? this.drafts[workshopId] : undefined;
    return draft && typeof draft.text === 'string' ? draft : null;
  }

  set(workshopId: string, text: string, column: string | null): void {
    const current = this.get(workshopId);
    if (text.trim() === '') {
      if (!current) return;
      delete this.drafts[workshopId];
    } else {
      if (current && current.text === text && current.column === column) return;
      this.drafts[workshopId] = { text, column, at: Date.now() };
    }
    write(this.key, this.drafts);
  }
}

export function loadContact(key: string): ContactDraft {
  return { name: '', email: '', phone: '', ...(read<Partial<ContactDraft>>(key) ?? {}) };
}

export function saveContact(key: string, contact: ContactDraft): void {
  write(key, contact);
}

/** The pistes this participant signed up for with consent to be contacted. */
export function loadConsents(key: string): Set<string> {
  const list = read<string[]>(key);
  return new Set(Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
}

export function saveConsents(key: string, consents: Set<string>): void {
  write(key, Array.from(consents));
}
