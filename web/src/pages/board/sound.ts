// The end-of-countdown beep: synthesised with the Web Audio API (no audio file). Browsers only let a page make
// sound after a gesture, so the context is created when someone turns the sound on.
type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

export function unlockSound(): void {
  if (!context) {
    const Ctor = (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext) as AudioContextClass | undefined;
    if (!Ctor) return;
    context = new Ctor();
  }
  void context.resume().catch(() => undefined);
}

/** Three short 880 Hz beeps, about a second in all, with soft edges (no clicks). */
export function beep(): void {
  if (!context) return;
  let at = context.currentTime + 0.05;
  for (let i = 0; i < 3; i++) {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = i === 2 ? 1175 : 880;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.22);
    oscillator.connect(gain);
    gain.connect(context.destination);
    oscillator.start(at);
    oscillator.stop(at + 0.25);
    at += 0.32;
  }
}
