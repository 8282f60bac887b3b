/**
 * Interface text of the tools (question list, decision aid, My pump, trial diary, my data), in
 * English. Every other language has the same keys (src/i18n/es/tools.ts).
 */
export const tools = {} as const;
