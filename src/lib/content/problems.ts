/**
 * What every content check reports (the guide's, the glossary's, the warning signs', the decision
 * aid's), and the one message a failed build shows an author. Pure module.
 */

/** One thing an author must fix, with the file to open when it is known. */
export interface ContentProblem {
  file?: string | undefined;
  message: string;
}

/**
 * Turns problems into one message an author can act on. `what` names the check, as in
 * "Content check failed (2 problems)" or "Decision content check failed (1 problem)".
 */
export function formatProblems(what: string, problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file ? `${p.file}: ` : ''}${p.message}`);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `${what} check failed (${problems.length} ${noun}). Fix these and build again:\n${lines.join('\n')}`;
}
