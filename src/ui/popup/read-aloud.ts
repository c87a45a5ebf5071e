/**
 * "Read aloud" for the popup: the summary's sentences through the Web Speech API, one utterance each,
 * in the article's language. The DOM types sit behind the small interfaces below so the logic runs in
 * Node against a fake; the popup passes the real `speechSynthesis` and `SpeechSynthesisUtterance`.
 */

/** What we read of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/**
 * What we set on a `SpeechSynthesisUtterance`. The handlers take `never` so the DOM's own
 * (event-typed) handlers fit; none of ours reads the event.
 */
export interface UtteranceLike {
  lang: string;
  voice: VoiceLike | null;
  onstart: ((event: never) => unknown) | null;
  onend: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
}

/** What we use of `speechSynthesis`. */
export interface SynthLike {
  readonly paused: boolean;
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** What the button shows: stopped, reading, paused, no voice for the language, no speech at all. */
export type ReadAloudState = 'idle' | 'playing' | 'paused' | 'no-voice' | 'unsupported';

/** Options of `createReadAloud`. */
export interface ReadAloudOptions {
  /** `globalThis.speechSynthesis`; undefined where the browser has none (or has it switched off). */
  synth: SynthLike | undefined;
  /** `(text) => new SpeechSynthesisUtterance(text)` in the popup. */
  createUtterance: (text: string) => UtteranceLike;
  sentences: readonly string[];
  /** The article's language tag, or null when the page didn't say. */
  lang: string | null;
  /** The reader's UI language, for an article of unknown language. */
  uiLang?: string;
  /** The sentence being read, by index into `sentences`; null when none is. */
  onSentence(index: number | null): void;
  onState(state: ReadAloudState): void;
  /** How long to wait for voices that haven't loaded yet; `VOICE_WAIT_MS` by default. */
  voiceWaitMs?: number;
}

/** The play/pause button's controller. */
export interface ReadAloud {
  readonly state: ReadAloudState;
  /** Play from the first sentence when stopped, pause when playing, resume when paused. */
  toggle(): void;
  /** Cancel speech and clear the mark. */
  stop(): void;
}

/**
 * How long a first press waits for voices. Chrome's list is empty until `voiceschanged`, which comes
 * within tens of milliseconds once the platform has answered; a second is plenty to wait.
 */
export const VOICE_WAIT_MS = 1000;

/** Tags a voice list may use for the language a page calls by an older or broader name. */
const PRIMARY_ALIASES: Readonly<Record<string, string>> = {
  iw: 'he',
  in: 'id',
  ji: 'yi',
  tl: 'fil',
  // Norwegian pages say `no`; voices are Bokmål, `nb`.
  no: 'nb',
};

/** A tag with hyphens, as BCP 47 writes it (Android's voices say `en_US`). */
function hyphenate(tag: string): string {
  return tag.trim().replace(/_/g, '-');
}

/** A tag in one spelling, to compare: tags are case-insensitive. */
function normalizeTag(tag: string): string {
  return hyphenate(tag).toLowerCase();
}

function primaryOf(tag: string): string {
  const primary = tag.split('-')[0]!;
  return PRIMARY_ALIASES[primary] ?? primary;
}

/**
 * The voice to read `lang` in: an exact tag first, then one of the same language (pt-BR for pt),
 * local voices before network ones (they don't send the text away) and the default before others;
 * null when no voice speaks the language. A null `lang` reads in `uiLang`, else English.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: string | null, uiLang?: string): VoiceLike | null {
  const wanted = normalizeTag(lang || uiLang || 'en');
  if (!wanted) return null;
  const wantedPrimary = primaryOf(wanted);
  let best: VoiceLike | null = null;
  let bestScore = 0;
  for (const voice of voices) {
    const tag = normalizeTag(voice.lang);
    if (!tag) continue;
    const match = tag === wanted ? 2 : primaryOf(tag) === wantedPrimary ? 1 : 0;
    if (!match) continue;
    // The match decides first, then local, then default; ties keep the list's order.
    const score = match * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
    if (score > bestScore) {
      best = voice;
      bestScore = score;
    }
  }
  return best;
}

type Phase = ReadAloudState | 'waiting';

/** The read-aloud controller over `options.synth`; it reports its first state at once. */
export function createReadAloud(options: ReadAloudOptions): ReadAloud {
  const { synth, createUtterance, sentences, lang, uiLang, onSentence, onState } = options;
  const voiceWaitMs = options.voiceWaitMs ?? VOICE_WAIT_MS;
  let phase: Phase = synth ? 'idle' : 'unsupported';
  // Bumped by every start, stop and finish, so events from a run that is over are ignored: cancel()
  // still fires `error` or `end` (it depends on the browser) on the utterance it cut off.
  let run = 0;
  // Chrome may garbage-collect an utterance only its speech queue holds, and then its `end` never
  // comes (https://crbug.com/509488); holding it here keeps it alive until it has.
  const live = new Set<UtteranceLike>();
  let stopWaiting: (() => void) | null = null;

  const setPhase = (next: Phase): void => {
    if (next === phase) return;
    phase = next;
    if (next !== 'waiting') onState(next);
  };

  const finish = (): void => {
    run++;
    live.clear();
    onSentence(null);
    setPhase('idle');
  };

  // One utterance per sentence, each spoken when the last ends: Chrome cuts off an utterance that
  // runs past about 15 seconds (https://crbug.com/679437), and per sentence we know which one is read.
  const speakFrom = (s: SynthLike, index: number, voice: VoiceLike, id: number): void => {
    const utterance = createUtterance(sentences[index]!);
    utterance.lang = lang ? hyphenate(lang) : voice.lang;
    utterance.voice = voice;
    utterance.onstart = () => {
      if (id === run) onSentence(index);
    };
    utterance.onend = () => {
      live.delete(utterance);
      if (id !== run) return;
      if (index + 1 < sentences.length) speakFrom(s, index + 1, voice, id);
      else finish();
    };
    // A failed utterance (an engine that won't speak, audio busy) ends the reading rather than
    // racing through the rest in silence.
    utterance.onerror = () => {
      live.delete(utterance);
      if (id === run) finish();
    };
    live.add(utterance);
    s.speak(utterance);
  };

  const play = (s: SynthLike, voice: VoiceLike): void => {
    const id = ++run;
    // Leave nothing queued or paused from an earlier reading: cancel() doesn't unpause.
    s.cancel();
    if (s.paused) s.resume();
    setPhase('playing');
    speakFrom(s, 0, voice, id);
  };

  const start = (s: SynthLike): void => {
    if (sentences.length === 0) return;
    const voices = s.getVoices();
    const voice = pickVoice(voices, lang, uiLang);
    if (voice) return play(s, voice);
    if (voices.length > 0) return setPhase('no-voice');
    // Chrome answers getVoices() with [] until its platform has listed them, then fires
    // `voiceschanged`; wait for a non-empty list, briefly.
    const done = (): void => {
      clearTimeout(timer);
      s.removeEventListener('voiceschanged', onVoices);
      stopWaiting = null;
    };
    const onVoices = (): void => {
      const late = s.getVoices();
      if (late.length === 0) return; // headless Chromium fires it with none; keep waiting
      done();
      const found = pickVoice(late, lang, uiLang);
      if (found) play(s, found);
      else setPhase('no-voice');
    };
    const timer = setTimeout(() => {
      done();
      setPhase('no-voice');
    }, voiceWaitMs);
    stopWaiting = done;
    setPhase('waiting');
    s.addEventListener('voiceschanged', onVoices);
  };

  // Chrome starts listing voices on the first getVoices(); asking now has them ready by the first press.
  synth?.getVoices();
  onState(phase as ReadAloudState);

  return {
    get state(): ReadAloudState {
      return phase === 'waiting' ? 'idle' : phase;
    },
    toggle(): void {
      if (!synth) return onState('unsupported');
      switch (phase) {
        case 'playing':
          synth.pause();
          return setPhase('paused');
        case 'paused':
          synth.resume();
          return setPhase('playing');
        case 'waiting':
          return; // a second press while voices load changes nothing
        default:
          return start(synth);
      }
    },
    stop(): void {
      if (!synth) return;
      if (phase === 'waiting') {
        stopWaiting?.();
        return setPhase('idle');
      }
      if (phase !== 'playing' && phase !== 'paused') return;
      const wasPaused = phase === 'paused';
      finish();
      synth.cancel();
      // cancel() leaves a paused engine paused (as the spec says), and the next speak() would wait.
      if (wasPaused || synth.paused) synth.resume();
    },
  };
}
