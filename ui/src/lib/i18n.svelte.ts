// Dutch and English messages. Every string the UI shows comes from here; a test fails when a key is
// missing in either language or used in the code without existing.
import { VOCABULARY_WORDS } from '../bindings/vocabularyWords';
import en from '../locales/en.json';
import nl from '../locales/nl.json';

export type Language = 'nl' | 'en';
type Messages = Record<string, string>;

// The names of the vocabularies' values come from Rust, the same words the learning story prints.
const catalogues: Record<Language, Messages> = {
  nl: { ...nl, ...VOCABULARY_WORDS.nl },
  en: { ...en, ...VOCABULARY_WORDS.en },
};

/** The OS language as the web view reports it: Dutch when it starts with "nl", else English. */
export function systemLanguage(languages: readonly string[]): Language {
  return languages.some((l) => l.toLowerCase().startsWith('nl')) ? 'nl' : 'en';
}

class Translator {
  language = $state<Language>('nl');

  /** The message for `key`, with `{name}` placeholders filled in. */
  t = (key: string, params: Record<string, string | number> = {}): string => {
    const text = catalogues[this.language][key] ?? catalogues.nl[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
  };

  /** A date (YYYY-MM-DD) or moment (RFC 3339) in the language's own format. */
  date = (value: string | null | undefined): string => {
    if (!value) return '';
    const onlyDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const parsed = new Date(onlyDate ? `${value}T12:00:00` : value);
    return this.format(onlyDate ? 'date' : 'moment').format(parsed);
  };

  time = (value: string): string => this.format('time').format(new Date(value));

  // Making a formatter costs far more than using one; a list of 1,000 cases uses one per language.
  private formats = new Map<string, Intl.DateTimeFormat>();

  private format(kind: 'date' | 'moment' | 'time'): Intl.DateTimeFormat {
    const key = `${this.language}:${kind}`;
    let format = this.formats.get(key);
    if (!format) {
      const options: Intl.DateTimeFormatOptions =
        kind === 'date' ? { dateStyle: 'medium' } : kind === 'moment' ? { dateStyle: 'medium', timeStyle: 'short' } : { hour: '2-digit', minute: '2-digit' };
      format = new Intl.DateTimeFormat(this.locale(), options);
      this.formats.set(key, format);
    }
    return format;
  }

  private locale(): string {
    return this.language === 'nl' ? 'nl-NL' : 'en-GB';
  }
}

export const i18n = new Translator();
export const t = i18n.t;
export const keys = { nl: Object.keys(catalogues.nl), en: Object.keys(catalogues.en) };
