/**
 * `npm run review-packet`: gathers the packet's data from the real content, the edition file and
 * git, and writes review-packet/index.html (git-ignored). Needs no build. The pure parts live in
 * src/lib/review-packet/ and are unit-tested; tests/build/review-packet.test.ts runs this script.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { editionFilePath, readEdition } from '@/lib/edition/load-edition';
import { clinicalReviewFor, reviewerNames } from '@/lib/edition/clinical-review';
import { warningSignSchema } from '@/lib/content/schema/warning-signs';
import { GUIDE_SECTIONS } from '@/lib/content/sections';
import { measurePage } from '@/lib/readability/page-readability';
import { pageFacts } from '@/lib/review-packet/page-facts';
import { renderPacket, type PacketPage, type PacketSource } from '@/lib/review-packet/packet-html';
import { levelAction, signsToShow, warningSignsUsage, type SignEntry } from '@/lib/warning-signs/warning-signs';
import { toIsoDate } from '@/lib/content/review-dates';

const root = process.cwd();

function yamlFiles(dir: string): { id: string; data: Record<string, unknown> }[] {
  return readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('_'))
    .map((f) => ({
      id: f.replace(/\.ya?ml$/, ''),
      data: parseYaml(readFileSync(join(root, dir, f), 'utf8')) as Record<string, unknown>,
    }));
}

function frontMatter(text: string, file: string): Record<string, unknown> {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!yaml) throw new Error(`${file} has no front matter`);
  return parseYaml(yaml) as Record<string, unknown>;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** Commits touching `file` since the day `since` (inclusive) and the diff from the last commit before it. */
function changesSince(file: string, since: string): { commits: string[]; diff: string | null } {
  try {
    const start = `${since}T00:00:00Z`;
    const log = git(['log', `--since=${start}`, '--format=%h %ad %s', '--date=short', '--', file]);
    const commits = log ? log.split('\n') : [];
    const base = git(['rev-list', '-1', `--before=${start}`, 'HEAD']);
    const uncommitted = git(['status', '--porcelain', '--', file]);
    if (uncommitted) commits.unshift(`(uncommitted changes in ${file})`);
    if (commits.length === 0) return { commits, diff: null };
    const existed = base ? git(['ls-tree', '--name-only', base, '--', file]) : '';
    if (!existed) return { commits, diff: null };
    return { commits, diff: git(['diff', base, '--', file]) || null };
  } catch {
    return { commits: ['(no git history here: review the whole page)'], diff: null };
  }
}

export function main(args: string[]): void {
  const outIndex = args.indexOf('--out');
  const outDir = resolve(root, outIndex === -1 ? 'review-packet' : args[outIndex + 1]!);
  const editionFile = editionFilePath(process.env);
  const edition = readEdition(editionFile);

  const sources = new Map<string, PacketSource>(
    yamlFiles('content/sources').map(({ id, data }) => [
      id,
      {
        id,
        title: String(data['title']),
        publisher: String(data['publisher']),
        year: typeof data['year'] === 'number' ? data['year'] : undefined,
        strength: String(data['strength']),
        url: String(data['url']),
      },
    ]),
  );
  const signs: SignEntry[] = yamlFiles('content/warning-signs').map(({ id, data }) => ({
    ...warningSignSchema.parse(data),
    id,
  }));

  const files = ['content/topics', 'content/pages'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
      .map((f) => ({ dir, file: `${dir}/${f}`, id: f.replace(/\.mdx$/, '') })),
  );
  const entries = files.map(({ dir, file, id }) => {
    const text = readFileSync(join(root, file), 'utf8');
    return { dir, file, id, text, fm: frontMatter(text, file) };
  });
  // Guide topics in reading order (as on the site), then the site pages.
  const rank = (e: (typeof entries)[number]) =>
    e.dir === 'content/topics'
      ? GUIDE_SECTIONS.indexOf(e.fm['section'] as never) * 1000 + Number(e.fm['order'] ?? 0)
      : 1e6;
  entries.sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));

  const pages: PacketPage[] = entries.map(({ file, id, text, fm }) => {
    const lastReviewed = fm['lastReviewed'] ? new Date(String(fm['lastReviewed'])) : undefined;
    const reviewedBy = typeof fm['reviewedBy'] === 'string' ? fm['reviewedBy'] : undefined;
    const review = clinicalReviewFor(edition, id, { reviewedBy, lastReviewed });
    const since = review ? toIsoDate(review.reviewed) : lastReviewed ? toIsoDate(lastReviewed) : '1970-01-01';
    const facts = pageFacts(text);
    const usage = warningSignsUsage(text);
    const shown = usage.count === 0 ? [] : signsToShow(signs, usage.extraIds);
    const score = measurePage(text);
    return {
      id,
      file,
      title: String(fm['title']),
      reviewedBy: review ? `${reviewerNames(review)} (${toIsoDate(review.reviewed)})` : null,
      since,
      readability: { fleschKincaidGrade: score.fleschKincaidGrade, smogGrade: score.smogGrade, words: score.words },
      cited: facts.cited,
      numbers: facts.numbers,
      signs: shown.map((s) => ({ id: s.id, action: levelAction(s.level, edition).heading, text: s.text })),
      ...changesSince(file, since),
    };
  });

  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'index.html');
  writeFileSync(
    out,
    renderPacket({
      edition: `${edition.organisation.name} (${editionFile})`,
      generated: toIsoDate(new Date()),
      pages,
      sources,
    }),
  );
  const cited = pages.reduce((n, p) => n + p.cited.length, 0);
  const changed = pages.filter((p) => p.commits.length > 0).length;
  console.log(
    `Review packet: ${pages.length} pages, ${cited} cited sentences, ${changed} pages changed since their last review.`,
  );
  console.log(`Wrote ${out}. Open it in a browser and print it.`);
}
