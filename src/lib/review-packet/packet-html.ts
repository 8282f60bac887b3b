/**
 * The reviewer's packet as one printable HTML document: per page, its reading level, what changed
 * since its last review, every cited sentence with its source (title, year, strength), every
 * number and the warning signs it shows; then a sign-off sheet. Pure: the script
 * (scripts/review-packet.mjs) gathers the data, this only writes it out, escaped.
 */
import type { CitedSentence } from './page-facts';

export interface PacketSource {
  id: string;
  title: string;
  publisher: string;
  year?: number | undefined;
  strength: string;
  url: string;
}

interface PacketSign {
  id: string;
  /** The card heading of its level, in the edition's words ("Emergency: call 999 now"). */
  action: string;
  text: string;
}

export interface PacketPage {
  id: string;
  file: string;
  title: string;
  /** Who reviewed it, or null ("not yet reviewed"). */
  reviewedBy: string | null;
  /** The date changes are counted from (last review, or the page's lastReviewed). */
  since: string;
  readability: { fleschKincaidGrade: number; smogGrade: number; words: number };
  cited: CitedSentence[];
  numbers: string[];
  signs: PacketSign[];
  /** Commits touching the file since `since` ("abc1234 2026-12-01 Subject"). */
  commits: string[];
  /** Unified diff of the file since `since`, or null when it is unchanged or too new to compare. */
  diff: string | null;
}

export interface Packet {
  edition: string;
  generated: string;
  pages: PacketPage[];
  sources: Map<string, PacketSource>;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "Title (Publisher, 2019; strength: moderate)" for one cited source. */
export function describeSource(source: PacketSource | undefined, id: string): string {
  if (!source) return `${id}: not found in content/sources/`;
  return `${id}: ${source.title} (${source.publisher}, ${source.year ?? 'no date'}; strength: ${source.strength})`;
}

const STYLE = `
body{font:11pt/1.45 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;color:#111}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-top:3px solid #333;padding-top:.6rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.25rem .4rem;vertical-align:top;text-align:left}
.src{font-size:.9em;color:#333}.box{display:inline-block;width:.9em;height:.9em;border:1px solid #000;margin-right:.4em}
pre{white-space:pre-wrap;font-size:.85em;background:#f4f4f4;padding:.5rem;max-height:none}
.page{break-before:page}.sign-off td{height:2.2rem}
@media print{body{margin:0;max-width:none}}
`;

function list(items: string[], empty: string): string {
  return items.length === 0
    ? `<p>${escapeHtml(empty)}</p>`
    : `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

function pageSection(page: PacketPage, sources: Map<string, PacketSource>): string {
  const r = page.readability;
  const cited = page.cited
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.text)}</td><td class="src">${c.sourceIds.map((id) => escapeHtml(describeSource(sources.get(id), id))).join('<br>')}</td><td><span class="box"></span>OK</td></tr>`,
    )
    .join('');
  const changes =
    page.commits.length === 0
      ? `<p>No changes to ${escapeHtml(page.file)} since ${escapeHtml(page.since)}.</p>`
      : `${list(page.commits, '')}${page.diff ? `<pre>${escapeHtml(page.diff)}</pre>` : '<p>No commit before that date to compare with: review all of it.</p>'}`;
  return `<section class="page" id="page-${escapeHtml(page.id)}">
<h2>${escapeHtml(page.title)}</h2>
<p>File: <code>${escapeHtml(page.file)}</code>. Clinical review: ${escapeHtml(page.reviewedBy ?? 'not yet reviewed by a clinician')}.
Reading level: US grade ${r.fleschKincaidGrade} (Flesch-Kincaid), SMOG ${r.smogGrade}, ${r.words} words.</p>
<h3>What changed since ${escapeHtml(page.since)}</h3>${changes}
<h3>Cited sentences (${page.cited.length})</h3>
${page.cited.length === 0 ? '<p>None.</p>' : `<table><thead><tr><th>Sentence</th><th>Source (title, year, strength)</th><th>Checked</th></tr></thead><tbody>${cited}</tbody></table>`}
<h3>Numbers</h3>${list(page.numbers, 'No numbers on this page.')}
<h3>Warning signs shown</h3><div class="signs">${list(
    page.signs.map((s) => `${s.action}: ${s.text}`),
    'This page shows no warning signs.',
  )}</div>
</section>`;
}

function signOff(pages: PacketPage[]): string {
  const rows = pages
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.title)} <span class="src">(${escapeHtml(p.id)})</span></td><td><span class="box"></span>Yes <span class="box"></span>No</td><td></td></tr>`,
    )
    .join('');
  return `<section class="page" id="sign-off">
<h2>Sign-off sheet</h2>
<p>Tick each page you checked against its sources. Write any change needed in the notes. To record the review, the
publisher adds you to the edition file's <code>reviewers</code> (name, credentials, date, and <code>pages: all</code> or
the page ids ticked "Yes"). Only then does each page name you and its JSON-LD list you as reviewer.</p>
<table class="sign-off"><thead><tr><th>Page</th><th>Checked, no changes needed</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>
<table class="sign-off" style="margin-top:1.5rem"><tbody>
<tr><th>Reviewer's full name</th><td></td></tr><tr><th>Profession and qualifications</th><td></td></tr>
<tr><th>Conflicts of interest</th><td></td></tr><tr><th>Date</th><td></td></tr><tr><th>Signature</th><td></td></tr>
</tbody></table>
</section>`;
}

export function renderPacket(packet: Packet): string {
  const toc = packet.pages
    .map((p) => `<li><a href="#page-${escapeHtml(p.id)}">${escapeHtml(p.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="en-US"><head><meta charset="utf-8"><title>Clinical review packet: ${escapeHtml(packet.edition)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>
<body>
<h1>Clinical review packet</h1>
<p>Edition: <strong>${escapeHtml(packet.edition)}</strong>. Made ${escapeHtml(packet.generated)} by <code>npm run review-packet</code>.
For each page: what changed since its last review, every cited sentence with its source, every number, and the warning
signs it shows. The warning signs come from content/warning-signs/: they are the site's whole triage advice.</p>
<ol>${toc}<li><a href="#sign-off">Sign-off sheet</a></li></ol>
${packet.pages.map((p) => pageSection(p, packet.sources)).join('\n')}
${signOff(packet.pages)}
</body></html>
`;
}
