import type { ContentForChecks } from '@/lib/content/content-checks';
import { GUIDE_SECTIONS } from '@/lib/content/sections';

/** One topic page per required guide section, so `checkContent` finds no missing section. */
export function topicInEverySection(
  topic: Partial<ContentForChecks['topics'][number]> = {},
): ContentForChecks['topics'] {
  return GUIDE_SECTIONS.map((section) => ({
    id: `page-${section}`,
    filePath: `content/topics/page-${section}.mdx`,
    section,
    sources: [],
    relatedQuestions: [],
    body: 'Text.',
    ...topic,
  }));
}
