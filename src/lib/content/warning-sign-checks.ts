/**
 * Checks that keep warning signs safe: one wording and one triage level per sign, written once in
 * content/warning-signs/ and shown by reference only. Pure: unit-tested on the real files and on
 * broken copies. The build runs it with the other content checks (src/data/guide-data.ts).
 */
import type { ContentProblem } from './problems';
import { warningSignsUsage } from '../warning-signs/warning-signs';

export interface CheckedSign {
  id: string;
  filePath?: string | undefined;
  level: string;
  core: boolean;
  text: string;
  sources: string[];
}

export interface CheckedStep {
  id: string;
  sources: string[];
}

export interface CheckedBody {
  id: string;
  filePath?: string | undefined;
  body: string;
}

/**
 * Words that give triage advice. Pages must not type these by hand: the advice comes with the signs
 * from content/warning-signs/, so it cannot drift into another urgency.
 */
const HAND_WRITTEN_TRIAGE = [
  /\bcall (?:911|999|112)\b/i,
  /\b(?:local )?emergency number\b/i,
  /\bcall (?:your|the) (?:pump )?(?:clinic|team|doctor) (?:now|today|right away|straight away|at once|immediately)\b/i,
  /\bgo to (?:the |an )?(?:emergency department|emergency room|A&E|urgent care)\b/i,
  // The same advice in Spanish (content/es/), where translations must not add it either.
  /\bllame (?:al|a los) (?:911|999|112)\b/i,
  /\bn[úu]mero (?:local )?de emergencias?\b/i,
  /\bllame a (?:su|la) (?:cl[íi]nica|equipo|m[ée]dic[oa])[^.]{0,40}?(?:ahora|hoy|de inmediato|enseguida|cuanto antes)/i,
  /\bvaya (?:a )?(?:la |una )?(?:sala de emergencias|urgencias|atenci[óo]n de urgencia)/i,
];

export function handWrittenTriageMessage(found: string): string {
  return `The text says "${found}". Advice on who to call and how fast comes only from the warning signs, so it is the same everywhere. Describe the problem and point to the warning signs on the page (or to /get-help/) instead.`;
}

/** The first hand-typed triage advice in a text (English or Spanish), or null when there is none. */
export function findHandWrittenTriage(text: string): string | null {
  const prose = text.replace(/<WarningSigns\b[^>]*\/?>/g, '');
  for (const pattern of HAND_WRITTEN_TRIAGE) {
    const match = pattern.exec(prose);
    if (match) return match[0];
  }
  return null;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function checkWarningSigns(input: {
  signs: CheckedSign[];
  steps: CheckedStep[];
  bodies: CheckedBody[];
  sourceIds: Set<string>;
}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { signs, steps, bodies, sourceIds } = input;
  const signsById = new Map(signs.map((s) => [s.id, s]));

  if (!signs.some((s) => s.core)) {
    problems.push({
      file: 'content/warning-signs/',
      message:
        'No sign is marked "core: true". Every page with warning signs must show the core emergency signs first.',
    });
  }

  // The same words at two levels would tell a reader two different things.
  const byText = new Map<string, CheckedSign>();
  for (const sign of signs) {
    const key = normalise(sign.text);
    const other = byText.get(key);
    if (other) {
      problems.push({
        file: sign.filePath,
        message: `This sign has the same words as "${other.id}" (${other.level}). A sign is written once, at one level: merge the two files.`,
      });
    } else byText.set(key, sign);
    for (const id of sign.sources) {
      if (!sourceIds.has(id)) {
        problems.push({
          file: sign.filePath,
          message: `"sources" lists "${id}", but there is no content/sources/${id}.yaml.`,
        });
      }
    }
  }
  for (const step of steps) {
    for (const id of step.sources) {
      if (!sourceIds.has(id)) {
        problems.push({
          file: 'content/while-you-wait.yaml',
          message: `Step "${step.id}" lists source "${id}", but there is no content/sources/${id}.yaml.`,
        });
      }
    }
  }

  for (const page of bodies) {
    if (/<CareCard\b/.test(page.body)) {
      problems.push({
        file: page.filePath,
        message:
          '<CareCard> is no longer used. Warning signs are written once in content/warning-signs/: use <WarningSigns show="sign-id, ..." /> instead (see docs/warning-signs.md).',
      });
    }
    const usage = warningSignsUsage(page.body);
    if (usage.count > 1) {
      problems.push({
        file: page.filePath,
        message: `<WarningSigns /> appears ${usage.count} times. Show warning signs once per page, in one place, so every sign has one id and one level.`,
      });
    }
    const seen = new Set<string>();
    for (const id of usage.extraIds) {
      const sign = signsById.get(id);
      if (!sign) {
        problems.push({
          file: page.filePath,
          message: `<WarningSigns show="..."> names "${id}", but there is no content/warning-signs/${id}.yaml. Known signs: ${[...signsById.keys()].sort().join(', ')}.`,
        });
      } else if (sign.core) {
        problems.push({
          file: page.filePath,
          message: `<WarningSigns show="..."> names "${id}", which is a core sign and is always shown first. Remove it from "show".`,
        });
      } else if (seen.has(id)) {
        problems.push({
          file: page.filePath,
          message: `<WarningSigns show="..."> names "${id}" twice. List each sign once.`,
        });
      }
      seen.add(id);
    }
    const triage = findHandWrittenTriage(page.body);
    if (triage) {
      problems.push({ file: page.filePath, message: handWrittenTriageMessage(triage) });
    }
  }
  return problems;
}
