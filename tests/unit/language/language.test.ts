import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/analyzer/language.ts';
import { samples } from './samples.ts';

const { 'ru-latn': russianInLatin = [], ...known } = samples;

describe('detectLanguage', () => {
  for (const [code, paragraphs] of Object.entries(known)) {
    it(`tells ${code} from its paragraphs together`, () => {
      expect(detectLanguage(paragraphs.join('\n\n'))).toBe(code);
    });
  }

  it('finds every single English news paragraph English', () => {
    for (const paragraph of samples.en ?? []) expect(detectLanguage(paragraph), paragraph).toBe('en');
  });

  it('never takes a single non-English paragraph for English', () => {
    for (const [code, paragraphs] of Object.entries(samples)) {
      if (code === 'en') continue;
      for (const paragraph of paragraphs) expect(detectLanguage(paragraph), paragraph).not.toBe('en');
    }
  });

  it('does not take Russian typed in Latin letters for English', () => {
    expect(detectLanguage(russianInLatin.join(' '))).not.toBe('en');
  });

  it('keeps English when a Title Case headline comes first', () => {
    const article = `Russia Intensifies Military Operations in Kursk Amid Ceasefire Negotiations\n${(samples.en ?? []).slice(0, 3).join('\n')}`;
    expect(detectLanguage(article)).toBe('en');
  });

  it('says "und" for text too short or without letters', () => {
    for (const text of ['', '   ', 'Hello', 'Moscow claims military gains', '12345 67890 !!! 2024-05-01', '\u0000\u0001\ufffd'.repeat(200)]) {
      expect(detectLanguage(text), JSON.stringify(text.slice(0, 30))).toBe('und');
    }
  });

  it('reads only the start of a long text', () => {
    const english = (samples.en ?? []).join(' ');
    const spanish = (samples.es ?? []).join(' ').repeat(2000);
    expect(detectLanguage(`${english} ${spanish}`)).toBe('en');
    expect(detectLanguage(`${spanish} ${english}`)).toBe('es');
  });

  it('skips leading blank lines', () => {
    expect(detectLanguage(`${'\n'.repeat(5000)}${(samples.fr ?? []).join(' ')}`)).toBe('fr');
  });
});
