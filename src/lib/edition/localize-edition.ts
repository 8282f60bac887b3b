/**
 * The edition as a page in one language shows it: the edition's own words (crisis line name,
 * clinic hours, funding, …) replaced by its translation for that language where the edition file
 * gives one (`translations:` in src/lib/edition/edition-schema.ts). Texts it does not translate
 * stay in the source language and are listed in `untranslated`, so the page marks them `lang="en"`.
 * Pure: pages call it with loadEdition() and a language.
 */
import { SOURCE_LANG, type Lang } from '../i18n/lang';
import type { Edition } from './edition-schema';

/** The edition fields that hold words (not names of people, numbers or dates). */
export type EditionTextField =
  'organisation.name' | 'clinic.name' | 'clinic.hours' | 'emergency.crisisLine.name' | 'funding' | 'conflicts';

export interface LocalizedEdition extends Edition {
  /** The language these texts are for. */
  lang: Lang;
  /** Fields shown in the source language because the edition has no translation of them. */
  untranslated: EditionTextField[];
}

/** The edition's texts in `lang`, falling back to the source language field by field. */
export function localizeEdition(edition: Edition, lang: Lang): LocalizedEdition {
  if (lang === SOURCE_LANG) return { ...edition, lang, untranslated: [] };
  const t = edition.translations?.[lang] ?? {};
  const untranslated: EditionTextField[] = [];
  /** The translation if there is one; otherwise the original, noted as untranslated. */
  const pick = <T extends string | undefined>(
    field: EditionTextField,
    original: T,
    translated: string | undefined,
  ): T => {
    if (original === undefined) return original;
    if (translated !== undefined) return translated as T;
    untranslated.push(field);
    return original;
  };
  const { clinic, emergency } = edition;
  const crisisLine = emergency.crisisLine;
  return {
    ...edition,
    organisation: {
      ...edition.organisation,
      name: pick('organisation.name', edition.organisation.name, t.organisation?.name),
    },
    clinic: clinic && {
      ...clinic,
      name: pick('clinic.name', clinic.name, t.clinic?.name),
      hours: pick('clinic.hours', clinic.hours, t.clinic?.hours),
    },
    emergency: {
      ...emergency,
      crisisLine: crisisLine && {
        ...crisisLine,
        name: pick('emergency.crisisLine.name', crisisLine.name, t.emergency?.crisisLine?.name),
      },
    },
    funding: pick('funding', edition.funding, t.funding),
    conflicts: pick('conflicts', edition.conflicts, t.conflicts),
    lang,
    untranslated,
  };
}

/** The language a field of a localized edition is written in (for a `lang` attribute). */
export function editionTextLang(
  edition: Pick<LocalizedEdition, 'lang' | 'untranslated'>,
  field: EditionTextField,
): Lang {
  return edition.untranslated.includes(field) ? SOURCE_LANG : edition.lang;
}
