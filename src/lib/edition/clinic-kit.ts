/**
 * The clinic kit (/for-clinicians/kit/): for each ready-made question list and key page, its
 * address and a QR code, built from the edition's public address (SITE_URL). Without SITE_URL no
 * absolute address and no QR code is made: an invented host would print dead links on paper.
 * Pure, so the page only renders and the tests check the real presets.
 */
import { encodeShareFragment } from '../questions/share-code';
import { qrPath, type QrPath } from '../questions/qr-path';
import { ROUTES, topicHref } from '../site';
import { localizePath } from '../i18n/paths';
import { SOURCE_LANG, type Lang } from '../i18n/lang';
import type { SiteStrings } from '../../i18n';
import { site as englishSite } from '../../i18n/en/site';

/** A ready-made question list (content/question-presets/<id>.yaml), with its id. */
interface KitPreset {
  id: string;
  title: string;
  forWhom: string;
  questionIds: string[];
}

export interface KitEntry {
  id: string;
  title: string;
  /** One line on who or what it is for. */
  note: string;
  /** Path on the site, with the question list in its #fragment for presets. */
  path: string;
  /** Absolute address on SITE_URL, or null without it. */
  url: string | null;
  /** What to type: the host and path without "https://" (or only the path without SITE_URL). */
  typed: string;
  /** QR code of `url`; null without SITE_URL. */
  qr: QrPath | null;
}

/** The key pages every kit lists, in the order a patient needs them (titles: src/i18n/<lang>/site.ts `kit.pages`). */
export const KIT_PAGES = [
  { id: 'get-help', path: ROUTES.getHelp },
  { id: 'the-trial', path: topicHref('the-trial') },
  { id: 'risks', path: topicHref('risks') },
  { id: 'decide', path: ROUTES.decide },
] as const;

/** Titles and notes of the key pages in one language. */
type KitPageWords = SiteStrings['kit']['pages'];

function entry(id: string, title: string, note: string, path: string, site: URL | string | undefined): KitEntry {
  if (!site) return { id, title, note, path, url: null, typed: path, qr: null };
  const url = new URL(path, site).href;
  return { id, title, note, path, url, typed: url.replace(/^https?:\/\//, ''), qr: qrPath(url) };
}

/** Kit entries for the ready-made question lists, then the key pages. */
export function buildClinicKit(
  presets: KitPreset[],
  site: URL | string | undefined,
  lang: Lang = SOURCE_LANG,
  pageWords: KitPageWords = englishSite.kit.pages,
): { lists: KitEntry[]; pages: KitEntry[] } {
  const lists = presets.map((preset) => {
    const fragment = encodeShareFragment({
      items: preset.questionIds.map((id) => ({ kind: 'bank' as const, id, important: false })),
    });
    return entry(
      `list-${preset.id}`,
      preset.title,
      preset.forWhom,
      `${localizePath(ROUTES.questions, lang)}#${fragment}`,
      site,
    );
  });
  const pages = KIT_PAGES.map((p) =>
    entry(p.id, pageWords[p.id].title, pageWords[p.id].note, localizePath(p.path, lang), site),
  );
  return { lists, pages };
}
