/**
 * Reads translated content (content/<lang>/…, the same paths as content/…) and checks each file
 * against its English file with the rules of src/lib/i18n/translation.ts. One report per language
 * and build collects every problem, every stale translation and every file not yet translated,
 * so the build can stop on a problem (or a stale warning sign) with one complete message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Lang } from '@/lib/i18n/lang';
import {
  bodyProblems,
  isStale,
  SOURCE_FIXED_KEYS,
  structureProblems,
  versionHash,
  type TranslationMeta,
} from '@/lib/i18n/translation';
import { translationMetaSchema } from '@/lib/content/schema/translation';
import { findHandWrittenTriage, handWrittenTriageMessage } from '@/lib/content/warning-sign-checks';

/** Where a translation stands, shown on its page and listed by the build. */
export interface TranslationState extends TranslationMeta {
  lang: Lang;
  /** The translated file (content/es/…). */
  file: string;
  /** The English file it was translated from (content/…). */
  englishFile: string;
  /** The English file has changed since the translation was made. */
  stale: boolean;
}

/** A translated file, read and checked. `data` is its front matter (MDX) or its content (YAML). */
export interface TranslatedFile {
  data: Record<string, unknown>;
  /** YAML files whose English top level is a list hold the translated list in `items`. */
  items?: unknown[] | undefined;
  state: TranslationState;
}

/** Safety text: a stale translation of these stops the build, because its English has changed. */
const SAFETY_FOLDERS = ['content/warning-signs/', 'content/while-you-wait.yaml'];

export class TranslationReport {
  readonly problems: string[] = [];
  readonly states: TranslationState[] = [];
  readonly missing: string[] = [];

  /** `root` is the project folder the content/ paths are read from (tests use a copy). */
  constructor(
    readonly lang: Lang,
    private readonly root = '.',
  ) {}

  /** The translation of one English file, checked; undefined (and listed) when there is none yet. */
  read(englishFile: string): TranslatedFile | undefined {
    const file = englishFile.replace(/^content\//, `content/${this.lang}/`);
    if (!existsSync(join(this.root, file))) {
      this.missing.push(englishFile);
      return undefined;
    }
    const englishText = readFileSync(join(this.root, englishFile), 'utf8');
    const text = readFileSync(join(this.root, file), 'utf8');
    const isMdx = file.endsWith('.mdx');
    const problems: string[] = [];
    let english: unknown;
    let translated: Record<string, unknown>;
    try {
      english = isMdx ? parseYaml(frontMatter(englishText).yaml) : parseYaml(englishText);
      const parsed: unknown = parseYaml(isMdx ? frontMatter(text).yaml : text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new Error('the file must start with a `translation:` block');
      translated = parsed as Record<string, unknown>;
    } catch (error) {
      this.problems.push(`${file}: cannot be read: ${(error as Error).message}`);
      return undefined;
    }
    const meta = translationMetaSchema.safeParse(translated.translation);
    if (!meta.success) {
      problems.push(...meta.error.issues.map((issue) => `translation.${issue.path.join('.')}: ${issue.message}`));
    }
    const { translation: _meta, ...rest } = translated;
    const items = Array.isArray(english) ? translated.items : undefined;
    problems.push(
      ...structureProblems(
        english,
        Array.isArray(english) ? items : rest,
        '',
        '',
        englishFile.startsWith('content/sources/') ? SOURCE_FIXED_KEYS : undefined,
      ),
    );
    if (isMdx) problems.push(...bodyProblems(frontMatter(englishText).body, frontMatter(text).body));
    // Who to call and how fast comes only from the warning signs, in every language.
    const triage =
      englishFile.startsWith('content/warning-signs/') || englishFile === 'content/while-you-wait.yaml'
        ? null
        : findHandWrittenTriage(isMdx ? frontMatter(text).body : text);
    if (triage) problems.push(handWrittenTriageMessage(triage));
    this.problems.push(...problems.map((problem) => `${file}: ${problem}`));
    if (!meta.success || problems.length > 0) return undefined;

    const state: TranslationState = {
      ...meta.data,
      lang: this.lang,
      file,
      englishFile,
      stale: isStale(meta.data, versionHash(englishText)),
    };
    this.states.push(state);
    return { data: rest, items: Array.isArray(items) ? items : undefined, state };
  }

  /**
   * A translation obeys the English file's own schema too (the same length limits: a warning sign's
   * short form fits the wallet card in every language). `data` is the English data with the
   * translated words laid over it.
   */
  checkSchema(
    schema: {
      safeParse(data: unknown): {
        success: boolean;
        error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
    },
    data: unknown,
    englishFile: string | undefined,
  ): void {
    const result = schema.safeParse(data);
    if (result.success || !englishFile) return;
    const file = englishFile.replace(/^content\//, `content/${this.lang}/`);
    for (const issue of result.error?.issues ?? []) {
      this.problems.push(
        `${file}: ${issue.path.map(String).join('.') || '(top level)'}: ${issue.message} (the same rule as the English file)`,
      );
    }
  }

  /** Stale translations of safety text (warning signs, while-you-wait steps). */
  staleSafetyText(): TranslationState[] {
    return this.states.filter((s) => s.stale && SAFETY_FOLDERS.some((folder) => s.englishFile.startsWith(folder)));
  }

  /** What the build prints: stale and missing translations, by file. */
  summary(): string {
    const stale = this.states.filter((s) => s.stale);
    const lines = [
      `[translations:${this.lang}] ${this.states.length} translated, ${stale.length} out of date, ${this.missing.length} not translated yet.`,
      ...stale.map(
        (s) =>
          `  out of date: ${s.file} (its English file ${s.englishFile} has changed since ${s.date.toISOString().slice(0, 10)})`,
      ),
      ...this.missing.map((f) => `  not translated yet: ${f}`),
    ];
    return lines.join('\n');
  }

  /** Stops the build on a broken translation or stale safety text; otherwise prints the summary. */
  finish(): void {
    const staleSafety = this.staleSafetyText();
    if (this.problems.length > 0 || staleSafety.length > 0) {
      throw new Error(
        [
          `The ${this.lang} translations have problems (only words may differ from the English; see docs/i18n.md):`,
          ...this.problems.map((p) => `  - ${p}`),
          ...staleSafety.map(
            (s) =>
              `  - ${s.file}: the English warning-sign text (${s.englishFile}) changed after it was translated. Translate the change, then update translation.from and translation.date.`,
          ),
        ].join('\n'),
      );
    }
    const summary = this.summary();
    if (this.states.some((s) => s.stale) || this.missing.length > 0) console.warn(summary);
    else console.info(summary);
  }
}

/** Splits an MDX file into its front matter and body. */
function frontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no front matter between --- lines');
  return { yaml: match[1]!, body: match[2]! };
}
