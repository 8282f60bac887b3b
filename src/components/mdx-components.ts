/**
 * Components that content authors can use in MDX without an import line.
 * Islands cannot be passed this way (Astro only hydrates islands imported in the file).
 */
import Cite from './Cite.astro';
import WarningSigns from './WarningSigns.astro';
import Term from './Term.astro';
import IconArray from './IconArray.astro';
import ReadabilityTable from './ReadabilityTable.astro';
import ClinicianQuestionLinks from './ClinicianQuestionLinks.astro';
import SectionH2 from './SectionH2.astro';
import SectionH3 from './SectionH3.astro';
import EditionFunding from './EditionFunding.astro';
import EditionReviewStatus from './EditionReviewStatus.astro';

/**
 * For topic pages in content/topics/. `##` and `###` headings get a "copy link" control.
 * <WarningSigns show="..." /> shows warning signs from content/warning-signs/ (never typed by hand).
 * <IconArray> draws a "100 people" picture (props documented in IconArray.astro).
 */
export const mdxComponents = { WarningSigns, Cite, Term, IconArray, h2: SectionH2, h3: SectionH3 };

/**
 * For site pages in content/pages/, which may also show site-wide tables and the edition's
 * funding, conflicts and reviewers (<EditionFunding />, <EditionReviewStatus />).
 */
export const pageMdxComponents = {
  ...mdxComponents,
  ReadabilityTable,
  ClinicianQuestionLinks,
  EditionFunding,
  EditionReviewStatus,
};
