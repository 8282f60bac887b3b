/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The current page's numbered sources, set by the page before its body renders. */
    pageSources?: import('./lib/content/citations').NumberedSource[];
    /** Name of the page being rendered, for build error messages. */
    pageName?: string;
    /** Counter that keeps glossary popover ids unique within a page. */
    termCount?: number;
  }
}
