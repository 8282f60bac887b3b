/**
 * Turns the guide's content into search records: one per h2/h3 section of every topic and site page,
 * one per page (its title, description and key points), one per glossary term and one per question
 * in the question bank. Pure: it takes plain data, so tests can feed it content files without Astro.
 */
import { splitMdxSections, type ComponentText } from './mdx-sections';
import { contentWords, normalizeText, squashSpaces, tokenize, trimToWords } from './text';
import type { SearchRecord } from './types';

/** A topic page or site page, as the builder needs it. */
export interface PageSource {
  /** Page address, for example "/guide/risks/". */
  href: string;
  title: string;
  description: string;
  /** Key points shown at the top of a topic page (site pages have none). */
  keyPoints?: readonly string[];
  /** Raw MDX body (front matter may be present; it is ignored). */
  body: string;
  /** Ids of the `#` headings in order, when they are not the slugs of the headings (translations). */
  anchors?: readonly string[] | undefined;
}

/** A glossary entry. */
interface TermSource {
  id: string;
  term: string;
  aliases: readonly string[];
  /** Misspellings people type: searched, never shown. */
  misspellings?: readonly string[];
  definition: string;
}

/** A question from the question bank. */
interface QuestionSource {
  id: string;
  text: string;
  why: string;
}

/** A page that is not made from content (word list, question builder, decision aid). */
export interface ToolPageSource {
  href: string;
  title: string;
  description: string;
}

/** Everything the index is built from. */
export interface SearchSources {
  pages: readonly PageSource[];
  terms: readonly TermSource[];
  questions: readonly QuestionSource[];
  toolPages?: readonly ToolPageSource[];
  /** Where the glossary lives; a term links to `${glossaryHref}#${id}`. */
  glossaryHref: string;
  /** Link for a question of the bank. */
  questionHref: (id: string) => string;
  /** Name shown as the "page" of a glossary result. */
  glossaryName: string;
  /** Name shown as the "page" of a question result. */
  questionsName: string;
  /**
   * Multi-word lay phrases (from the synonyms map) kept whole in a record's keywords when its text
   * uses them beyond the snippet, so "lumbar infusion" still matches as a phrase.
   */
  keepPhrases?: readonly string[];
  /** Words that block components draw from data (warning signs), so their sections are found too. */
  componentText?: ComponentText | undefined;
}

/** Size limits that keep the index file small (see docs/search.md for the budget). */
export interface RecordLimits {
  /** Characters of section text kept as the snippet (and searched with a higher weight). */
  textChars: number;
  /** Characters of extra keywords taken from the rest of a long section. */
  keywordChars: number;
}

const DEFAULT_RECORD_LIMITS: RecordLimits = { textChars: 160, keywordChars: 160 };

/**
 * The distinct content words of `rest` that are not already in `seen`, joined by spaces and cut to
 * `max` characters. Later words of a section still find it, at a fraction of the bytes.
 */
export function extraKeywords(rest: string, seen: Iterable<string>, max: number): string {
  const known = new Set(seen);
  const out: string[] = [];
  let length = 0;
  for (const word of contentWords(rest)) {
    if (word.length < 3 || known.has(word) || /^\d+$/.test(word)) continue;
    if (length + word.length + 1 > max) break;
    known.add(word);
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ');
}

/** Splits a text into the kept snippet and the remaining words, as keywords. */
function textAndKeywords(
  text: string,
  also: readonly string[],
  limits: RecordLimits,
  keepPhrases: readonly string[] = [],
): { text: string; keywords: string } {
  const clean = squashSpaces(text);
  const snippet = trimToWords(clean, limits.textChars);
  const keptLength = snippet.endsWith('…') ? snippet.length - 1 : snippet.length;
  const rest = clean.slice(keptLength);
  const restWords = ` ${normalizeText(`${also.join(' ')} ${rest}`)} `;
  const snippetWords = ` ${normalizeText(snippet)} `;
  const phrases = keepPhrases.filter((p) => restWords.includes(` ${p} `) && !snippetWords.includes(` ${p} `));
  // Extra words come from `also` (sub-headings, key points) first, then the rest of the text.
  const extra = extraKeywords(
    `${also.join(' ')} ${rest}`,
    [...tokenize(snippet), ...phrases.flatMap((p) => p.split(' '))],
    limits.keywordChars,
  );
  return { text: snippet, keywords: squashSpaces(`${phrases.join(' ')} ${extra}`) };
}

/** Records for one topic or site page: the page itself, then each h2/h3 section. */
export function pageToRecords(
  page: PageSource,
  limits: RecordLimits = DEFAULT_RECORD_LIMITS,
  keepPhrases: readonly string[] = [],
  componentText?: ComponentText,
): SearchRecord[] {
  const sections = splitMdxSections(page.body, componentText, page.anchors);
  const intro = sections.find((s) => s.depth === 0);
  const pageText = squashSpaces(`${page.description} ${intro?.text ?? ''}`);
  const records: SearchRecord[] = [
    {
      href: page.href,
      kind: 'page',
      page: page.title,
      section: page.title,
      ...textAndKeywords(pageText, page.keyPoints ?? [], limits, keepPhrases),
    },
  ];
  for (const section of sections) {
    if (section.depth === 0) continue;
    // An h2 with no text of its own (it goes straight into h3s) is summed up by its sub-headings.
    const body = section.text || section.subheadings.join('. ');
    const also = [section.parentHeading, ...section.subheadings].filter(Boolean);
    records.push({
      href: `${page.href}#${section.anchor}`,
      kind: 'section',
      page: page.title,
      section: section.heading,
      ...textAndKeywords(body, also, limits, keepPhrases),
    });
  }
  return records;
}

/** Builds every search record from the guide's content. Order: pages, tool pages, terms, questions. */
export function toSearchRecords(sources: SearchSources, limits: RecordLimits = DEFAULT_RECORD_LIMITS): SearchRecord[] {
  const records: SearchRecord[] = [];
  const phrases = (sources.keepPhrases ?? []).map(normalizeText).filter((p) => p.includes(' '));
  for (const page of sources.pages) records.push(...pageToRecords(page, limits, phrases, sources.componentText));
  for (const tool of sources.toolPages ?? []) {
    records.push({
      href: tool.href,
      kind: 'page',
      page: tool.title,
      section: tool.title,
      text: trimToWords(tool.description, limits.textChars),
      keywords: '',
    });
  }
  for (const term of sources.terms) {
    records.push({
      href: `${sources.glossaryHref}#${term.id}`,
      kind: 'term',
      page: sources.glossaryName,
      section: term.term,
      text: trimToWords(term.definition, limits.textChars),
      keywords: [...term.aliases, ...(term.misspellings ?? [])].join(' '),
    });
  }
  for (const question of sources.questions) {
    records.push({
      href: sources.questionHref(question.id),
      kind: 'question',
      page: sources.questionsName,
      section: question.text,
      // The question itself is the result; why people ask it only helps find it.
      text: '',
      keywords: extraKeywords(question.why, tokenize(question.text), limits.keywordChars),
    });
  }
  return records;
}
