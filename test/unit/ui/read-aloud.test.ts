import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createReadAloud,
  pickVoice,
  VOICE_WAIT_MS,
  type ReadAloudOptions,
  type ReadAloudState,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from '../../../src/ui/popup/read-aloud';

// The popup passes the DOM's own objects: they must fit the interfaces (checked by tsc, not at run time).
const _realSynth: SynthLike | undefined = globalThis.speechSynthesis;
const _realFactory: ReadAloudOptions['createUtterance'] = (text) => new SpeechSynthesisUtterance(text);

function voice(lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { name: `${lang}${extra.localService ? ' local' : ''}`, lang, localService: false, default: false, ...extra };
}

interface FakeUtterance extends UtteranceLike {
  text: string;
}

/** A speech engine that speaks only when told: `start()`/`end()` fire the current utterance's events. */
class FakeSynth implements SynthLike {
  paused = false;
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  private listeners = new Set<() => void>();
  constructor(public voices: VoiceLike[]) {}
  getVoices(): readonly VoiceLike[] {
    this.calls.push('getVoices');
    return this.voices;
  }
  speak(utterance: UtteranceLike): void {
    this.calls.push('speak');
    this.spoken.push(utterance as FakeUtterance);
  }
  cancel(): void {
    this.calls.push('cancel');
    // As Chrome does: the utterance cut off hears `error` ("interrupted").
    this.last?.onerror?.(undefined as never);
  }
  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }
  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }
  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  get last(): FakeUtterance | undefined {
    return this.spoken.at(-1);
  }
  voicesChanged(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const listener of [...this.listeners]) listener();
  }
  start(): void {
    this.last!.onstart?.(undefined as never);
  }
  end(): void {
    this.last!.onend?.(undefined as never);
  }
  fail(): void {
    this.last!.onerror?.(undefined as never);
  }
}

const SENTENCES = ['One.', 'Two.', 'Three.'];

function setup(synth: FakeSynth | undefined, over: Partial<ReadAloudOptions> = {}) {
  const states: ReadAloudState[] = [];
  const marks: (number | null)[] = [];
  const reader = createReadAloud({
    synth,
    createUtterance: (text) => ({ text, lang: '', voice: null, onstart: null, onend: null, onerror: null }),
    sentences: SENTENCES,
    lang: 'en-US',
    onSentence: (i) => marks.push(i),
    onState: (s) => states.push(s),
    ...over,
  });
  return { reader, states, marks };
}

describe('pickVoice', () => {
  const enGB = voice('en-GB');
  const enUS = voice('en-US');
  const ptPT = voice('pt-PT');
  const ptBR = voice('pt-BR');
  const zhCN = voice('zh-CN');
  const zhTW = voice('zh-TW');
  const deLocal = voice('de-DE', { localService: true });
  const deNet = voice('de-DE', { name: 'Google Deutsch' });
  const frDefault = voice('fr-CA', { default: true });
  const frFR = voice('fr-FR');
  const nb = voice('nb-NO');
  const underscore = voice('en_GB');

  test.each([
    ['en-US page, en-GB and en-US voices', [enGB, enUS], 'en-US', undefined, enUS],
    ['case and underscore spellings', [enUS, underscore], 'EN-gb', undefined, underscore],
    ['pt-BR page', [ptPT, ptBR], 'pt-BR', undefined, ptBR],
    ['pt-PT page', [ptBR, ptPT], 'pt-PT', undefined, ptPT],
    ['pt page takes the first Portuguese voice', [ptBR, ptPT], 'pt', undefined, ptBR],
    ['pt-BR page with only pt-PT', [enUS, ptPT], 'pt-BR', undefined, ptPT],
    ['zh-CN page', [zhTW, zhCN], 'zh-CN', undefined, zhCN],
    ['local before network', [deNet, deLocal], 'de-DE', undefined, deLocal],
    ['default before others in the same language', [frFR, frDefault], 'fr', undefined, frDefault],
    ['an exact tag beats the default', [frDefault, frFR], 'fr-FR', undefined, frFR],
    ['Norwegian `no` reads with a Bokmål voice', [enUS, nb], 'no', undefined, nb],
    ['no voice in the language', [enUS, ptBR], 'ja', undefined, null],
    ['no voices at all', [], 'en', undefined, null],
    ['null lang reads in the UI language', [enUS, ptBR], null, 'pt-BR', ptBR],
    ['null lang, no UI language: English', [ptBR, enGB], null, undefined, enGB],
  ] as const)('%s', (_name, voices, lang, uiLang, expected) => {
    expect(pickVoice(voices, lang, uiLang)).toBe(expected);
  });
});

describe('createReadAloud', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('reads every sentence in order, then is idle with no mark', () => {
    const synth = new FakeSynth([voice('en-GB'), voice('en-US')]);
    const { reader, states, marks } = setup(synth);
    expect(states).toEqual(['idle']);

    reader.toggle();
    expect(states).toEqual(['idle', 'playing']);
    expect(synth.last!.text).toBe('One.');
    expect(synth.last!.lang).toBe('en-US');
    expect(synth.last!.voice?.lang).toBe('en-US');

    for (let i = 0; i < SENTENCES.length; i++) {
      synth.start();
      expect(marks.at(-1)).toBe(i);
      synth.end();
    }
    expect(synth.spoken.map((u) => u.text)).toEqual(SENTENCES);
    expect(marks).toEqual([0, 1, 2, null]);
    expect(states).toEqual(['idle', 'playing', 'idle']);
    expect(reader.state).toBe('idle');
  });

  test('pauses when playing and resumes when paused', () => {
    const synth = new FakeSynth([voice('en-US')]);
    const { reader, states } = setup(synth);
    reader.toggle();
    synth.start();
    reader.toggle();
    expect(synth.calls.at(-1)).toBe('pause');
    expect(reader.state).toBe('paused');
    reader.toggle();
    expect(synth.calls.at(-1)).toBe('resume');
    expect(states).toEqual(['idle', 'playing', 'paused', 'playing']);
    expect(synth.spoken).toHaveLength(1);
  });

  test('stop cancels, clears the mark and ignores the cut-off utterance', () => {
    const synth = new FakeSynth([voice('en-US')]);
    const { reader, states, marks } = setup(synth);
    reader.toggle();
    synth.start();
    reader.stop();
    expect(synth.calls.at(-1)).toBe('cancel');
    expect(marks).toEqual([0, null]);
    expect(states).toEqual(['idle', 'playing', 'idle']);
    // A late `end` from the cancelled utterance neither marks nor speaks the next sentence.
    synth.end();
    expect(synth.spoken).toHaveLength(1);
    expect(marks).toEqual([0, null]);
  });

  test('stop while paused leaves the engine unpaused for the next reading', () => {
    const synth = new FakeSynth([voice('en-US')]);
    const { reader } = setup(synth);
    reader.toggle();
    reader.toggle();
    reader.stop();
    expect(synth.paused).toBe(false);
    expect(reader.state).toBe('idle');
    reader.toggle();
    expect(reader.state).toBe('playing');
    expect(synth.last!.text).toBe('One.');
  });

  test('an engine left paused is unpaused before the first sentence', () => {
    const synth = new FakeSynth([voice('en-US')]);
    synth.paused = true;
    const { reader } = setup(synth);
    reader.toggle();
    expect(synth.calls.filter((c) => c !== 'getVoices')).toEqual(['cancel', 'resume', 'speak']);
  });

  test('an engine error ends the reading instead of skipping on', () => {
    const synth = new FakeSynth([voice('en-US')]);
    const { reader, marks } = setup(synth);
    reader.toggle();
    synth.fail();
    expect(reader.state).toBe('idle');
    expect(marks).toEqual([null]);
    expect(synth.spoken).toHaveLength(1);
  });

  test('no voice for the language: no-voice, nothing spoken', () => {
    const synth = new FakeSynth([voice('en-US'), voice('fr-FR')]);
    const { reader, states } = setup(synth, { lang: 'ja' });
    reader.toggle();
    expect(states).toEqual(['idle', 'no-voice']);
    expect(synth.calls).not.toContain('speak');
  });

  test('voices arriving via voiceschanged start the reading', () => {
    const synth = new FakeSynth([]);
    const { reader, states } = setup(synth, { lang: 'pt' });
    expect(synth.calls).toEqual(['getVoices']); // asked at once, so Chrome starts listing them
    reader.toggle();
    expect(states).toEqual(['idle']);
    expect(synth.listenerCount).toBe(1);

    synth.voicesChanged([]); // headless Chromium fires it with an empty list: keep waiting
    expect(synth.spoken).toHaveLength(0);
    synth.voicesChanged([voice('en-US'), voice('pt-BR')]);
    expect(states).toEqual(['idle', 'playing']);
    expect(synth.last!.voice?.lang).toBe('pt-BR');
    expect(synth.listenerCount).toBe(0);
    vi.advanceTimersByTime(VOICE_WAIT_MS * 2);
    expect(reader.state).toBe('playing');
  });

  test('voices that arrive without the language: no-voice', () => {
    const synth = new FakeSynth([]);
    const { reader, states } = setup(synth, { lang: 'ja' });
    reader.toggle();
    synth.voicesChanged([voice('en-US')]);
    expect(states).toEqual(['idle', 'no-voice']);
    expect(synth.spoken).toHaveLength(0);
  });

  test('voices that never come: no-voice after the wait, and a later press tries again', () => {
    const synth = new FakeSynth([]);
    const { reader, states } = setup(synth);
    reader.toggle();
    reader.toggle(); // a second press while waiting changes nothing
    vi.advanceTimersByTime(VOICE_WAIT_MS - 1);
    expect(states).toEqual(['idle']);
    vi.advanceTimersByTime(1);
    expect(states).toEqual(['idle', 'no-voice']);
    expect(synth.listenerCount).toBe(0);
    expect(synth.spoken).toHaveLength(0);

    synth.voices = [voice('en-US')];
    reader.toggle();
    expect(states).toEqual(['idle', 'no-voice', 'playing']);
  });

  test('stop while waiting for voices stops waiting', () => {
    const synth = new FakeSynth([]);
    const { reader, states } = setup(synth);
    reader.toggle();
    reader.stop();
    expect(synth.listenerCount).toBe(0);
    vi.advanceTimersByTime(VOICE_WAIT_MS);
    synth.voicesChanged([voice('en-US')]);
    expect(synth.spoken).toHaveLength(0);
    expect(states.at(-1)).toBe('idle');
  });

  test('no speechSynthesis: unsupported, and toggle says so again', () => {
    const { reader, states } = setup(undefined);
    expect(states).toEqual(['unsupported']);
    reader.toggle();
    reader.stop();
    expect(states).toEqual(['unsupported', 'unsupported']);
    expect(reader.state).toBe('unsupported');
  });

  test('a null lang reads in the UI language and tags the utterance with the voice', () => {
    const synth = new FakeSynth([voice('en-US'), voice('de-DE')]);
    const { reader } = setup(synth, { lang: null, uiLang: 'de' });
    reader.toggle();
    expect(synth.last!.voice?.lang).toBe('de-DE');
    expect(synth.last!.lang).toBe('de-DE');
  });

  test('nothing to read: stays idle', () => {
    const synth = new FakeSynth([voice('en-US')]);
    const { reader, states } = setup(synth, { sentences: [] });
    reader.toggle();
    expect(states).toEqual(['idle']);
    expect(synth.spoken).toHaveLength(0);
  });
});
