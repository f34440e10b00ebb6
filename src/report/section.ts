/**
 * Report sections: what each analysis contributes to `deno task report`.
 *
 * @module
 */
import type { ChartSpec } from "../charts/spec.ts";
import type { Corpus } from "../types.ts";
import type { ArticleDigest, DigestTools } from "../pipeline/digest.ts";
import { articleRows, outletRows } from "../measures/articles.ts";
import { articlesPerOutletChart, datesChart, lengthByOutletChart } from "../charts/corpus.ts";
import { termsSection } from "./terms_section.ts";
import { framingSection } from "./framing_section.ts";
import { entitiesSection } from "./entities_section.ts";

/** A table of the report, written as `NAME.csv` and shown on the page. */
export interface ReportTable {
  /** File name without `.csv`. */
  name: string;
  /** What it holds, one line. */
  title: string;
  /** Columns, in order. */
  columns: string[];
  /** The rows. */
  rows: readonly object[];
  /** Rows shown on the page (all are written to the CSV). Default 25. */
  preview?: number;
}

/** A file of the report that is neither a table nor a chart. */
export interface ReportFile {
  /** File name, relative to the report folder. */
  name: string;
  /** What it holds, one line. */
  title: string;
  /** Its content. */
  content: string;
}

/** One section of the report: an analysis with its tables and charts. */
export interface ReportSection {
  /** Anchor id on the page. */
  id: string;
  /** Heading. */
  title: string;
  /** A paragraph on what the section shows and how it was computed. */
  description: string;
  /** What a reader must know first (an analysis that could not be run on this corpus, and why), shown above the description. */
  notes?: string[];
  /** Tables written as CSV files at the top of the report folder. */
  tables: ReportTable[];
  /** Charts written to `charts/`. */
  charts: ChartSpec[];
  /** Other files written at the top of the report folder as they are (GraphML, JSON). */
  files?: ReportFile[];
}

/** What every section builder receives. */
export interface ReportInput {
  /** The loaded corpus (with the problems of files left out). */
  corpus: Corpus;
  /** Each article's digest, in corpus order. */
  digests: ArticleDigest[];
  /** The tools the digests were made with (the framing lexicon and the gazetteer). */
  tools: DigestTools;
}

/**
 * The corpus at a glance: `articles.csv`, outlets, and the corpus charts.
 *
 * @example
 * ```ts
 * const section = corpusSection({ corpus, digests, tools });
 * ```
 */
export function corpusSection({ digests }: ReportInput): ReportSection {
  const rows = articleRows(digests);
  return {
    id: "corpus",
    title: "The corpus",
    description:
      "Articles per outlet, their length in words (word and number tokens, boilerplate lines left out) and their dates.",
    tables: [
      {
        name: "articles",
        title: "One row per article",
        columns: ["id", "outlet", "date", "title", "kind", "words", "sentences"],
        rows,
      },
      {
        name: "outlets",
        title: "One row per outlet",
        columns: ["outlet", "articles", "words", "medianWords", "firstDate", "lastDate"],
        rows: outletRows(rows),
      },
    ],
    charts: [articlesPerOutletChart(rows), lengthByOutletChart(rows), datesChart(rows)],
  };
}

/**
 * Every section of the report, in page order. Each analysis adds its builder here.
 * `onSection` is called with each section as soon as it is built.
 *
 * @example
 * ```ts
 * const sections = buildSections({ corpus, digests, tools });
 * ```
 */
export function buildSections(input: ReportInput, onSection?: (section: ReportSection) => void): ReportSection[] {
  const builders = [corpusSection, termsSection, framingSection, entitiesSection];
  return builders.map((build) => {
    const section = build(input);
    onSection?.(section);
    return section;
  });
}
