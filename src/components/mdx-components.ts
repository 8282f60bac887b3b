/**
 * Components that content authors can use in MDX without an import line.
 * Islands cannot be passed this way (Astro only hydrates islands imported in the file).
 */
import CareCard from './CareCard.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import ReadabilityTable from './ReadabilityTable.astro';
import ClinicianQuestionLinks from './ClinicianQuestionLinks.astro';

/** For topic pages in content/topics/. */
export const mdxComponents = { CareCard, Cite, Term };

/** For site pages in content/pages/, which may also show site-wide tables. */
export const pageMdxComponents = { ...mdxComponents, ReadabilityTable, ClinicianQuestionLinks };
