/**
 * The contract between chart builders and renderers.
 *
 * @module
 */
import type { PlotOptions } from "@observablehq/plot";

/** A chart ready to render: Plot options plus the title, legend and the rows behind it. */
export interface ChartSpec<Row extends object = object> {
  /** File-safe name, used for `charts/NAME.svg`, `.png` and `.csv`. */
  name: string;
  /** Title drawn above the chart. */
  title: string;
  /** One line under the title: what is measured, on what. */
  subtitle?: string;
  /** The tidy rows the chart draws, written beside it as CSV. */
  rows: Row[];
  /** Observable Plot options (marks and scales), without `document`. */
  plot: PlotOptions;
  /** Draw a swatch legend of the colour scale above the chart, with this label. */
  legend?: string;
}
