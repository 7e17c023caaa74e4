// Texts that follow what is being typed elsewhere on the form (a workshop's title on the screen, where it happens,
// the tables' workshop lists), updated in place so that typing never re-renders the field under the cursor.
const updaters: Array<() => void> = [];

/** Runs an update now and again after every refresh, until the next render. */
export function derived(update: () => void): void {
  updaters.push(update);
  update();
}

export function refreshDerived(): void {
  for (const update of updaters) update();
}

export function clearDerived(): void {
  updaters.length = 0;
}
