/**
 * framelens: how did each outlet cover the same event, and in whose words?
 *
 * Load a corpus of news articles, annotate it (sentences, tokens, phrases), measure
 * it into tidy rows, chart the rows with Observable Plot, and save the charts for a
 * report.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { annotateCorpus, articleRows, articlesPerOutletChart, loadCorpus, loadResources, show } from "framelens";
 * const corpus = await loadCorpus(); // data/articles
 * const annotated = annotateCorpus(corpus.articles, await loadResources());
 * const figure = show(articlesPerOutletChart(articleRows(annotated))); // in a notebook, the chart appears
 * assert.match(figure.svg, /^<svg/);
 * ```
 *
 * @module
 */
export * from "./types.ts";
export { PROJECT_DIR, projectPath } from "./paths.ts";

// The corpus: load, filter, add.
export { ArticleError, parseArticle } from "./corpus/front_matter.ts";
export { CorpusError, DEFAULT_CORPUS_DIR, loadArticleFile, loadCorpus } from "./corpus/load.ts";
export type { LoadArticleOptions, LoadCorpusOptions } from "./corpus/load.ts";
export { filterOutlets } from "./corpus/filter.ts";
export { DEFAULT_OUTLETS_FILE, loadOutlets, OUTLET_FIELDS, parseOutlets, withOutlets } from "./corpus/outlets.ts";
export type { OutletEntry, OutletField } from "./corpus/outlets.ts";
export { articleField, articleFields } from "./corpus/fields.ts";
export { checkField, parseWhere, where } from "./corpus/where.ts";
export type { WhereCondition } from "./corpus/where.ts";
export { groupArticles, outletsWithin } from "./corpus/group.ts";
export { addArticle, extractArticle } from "./corpus/ingest.ts";
export type { AddArticleOptions, AddedArticle, ExtractedArticle, NewArticleMeta } from "./corpus/ingest.ts";

// The text: boilerplate, normalisation, phrases, tokens, annotation.
export { DEFAULT_BOILERPLATE_FILE, findBoilerplate, loadBoilerplate, parseBoilerplate } from "./text/boilerplate.ts";
export type { BoilerplateRules, BoilerplateSpan } from "./text/boilerplate.ts";
export { prepareText } from "./text/normalize.ts";
export type { PreparedText } from "./text/normalize.ts";
export { compilePhrases, DEFAULT_PHRASES_FILE, loadPhrases, mergePhrases, parsePhrases } from "./text/phrases.ts";
export type { PhraseEntry, PhraseMatcher } from "./text/phrases.ts";
export { tokenize } from "./nlp/wink.ts";
export type { Tokenized } from "./nlp/wink.ts";
export { annotateArticle, annotateCorpus, annotationWarnings, loadResources } from "./pipeline/annotate.ts";
export type { AnnotationWarning, LoadResourcesOptions, Resources, TextSpan } from "./pipeline/annotate.ts";

// The stages: digests, the registry, the corpus-wide tables.
export { annotateAndDigest, digestArticle, loadDigestTools } from "./pipeline/digest.ts";
export type { DigestFiles, DigestTools } from "./pipeline/digest.ts";
export { runCorpusStages, stageNamed, STAGES } from "./stages/registry.ts";
export type { AnyStage, ArticleDigest, RunCorpusOptions, StageName, StageResults } from "./stages/registry.ts";
export type {
  ColumnType,
  GroupBy,
  Stage,
  StageDataName,
  StageDigest,
  StageInput,
  StageOptions,
  StageResult,
  StageTools,
  TableSchema,
} from "./stages/stage.ts";
export { digestMany } from "./pipeline/digest_many.ts";
export type { DigestManyOptions, DigestManyResult } from "./pipeline/digest_many.ts";
export { DiskCache } from "./pipeline/cache.ts";
export type { CacheStats } from "./pipeline/cache.ts";
export type { CorpusResult } from "./stages/corpus.ts";
export type { TermsResult, TermsTables } from "./stages/terms.ts";
export type { FramingResult } from "./stages/framing.ts";
export type { EntitiesResult } from "./stages/entities.ts";
export { entitiesStage } from "./stages/entities.ts";
export { framingStage } from "./stages/framing.ts";
export { termsStage } from "./stages/terms.ts";
export { corpusStage } from "./stages/corpus.ts";
export { sourcesStage } from "./stages/sources.ts";
export type { SourcesResult } from "./stages/sources.ts";
export { ATTENTION_ENTITIES, attentionStage } from "./stages/attention.ts";
export type { AttentionDigest, AttentionResult } from "./stages/attention.ts";

// Attention over time: calendar dates and ISO weeks, counts per period, events.
export {
  ATTENTION_MEASURES,
  ATTENTION_PERIODS,
  attentionRows,
  datesOf,
  firstUses,
  loadedShareRows,
  topMentioned,
} from "./measures/attention.ts";
export type {
  AttentionArticle,
  AttentionInput,
  AttentionMeasure,
  AttentionOptions,
  AttentionPeriod,
  AttentionRow,
  FirstUseRow,
  LoadedShareOptions,
  LoadedShareRow,
} from "./measures/attention.ts";
export { dateOfDay, dayNumber, isCalendarDate, isoWeek, isoWeekStart, weekday } from "./measures/calendar.ts";
export { attentionChart, EVENT_COLOR, firstUseChart, loadedShareChart } from "./charts/attention.ts";
export type {
  AttentionChartOptions,
  AttentionPoint,
  FirstUseChartOptions,
  TimeChartOptions,
} from "./charts/attention.ts";
export { DEFAULT_EVENTS_FILE, loadEvents, loadEventsSync, parseEvents } from "./data/events.ts";
export type { StoryEvent } from "./data/events.ts";

// Text reuse: reprint clusters and passages shared between outlets.
export { reuseStage } from "./stages/reuse.ts";
export { quoteSpeaker } from "./stages/reuse.ts";
export type { ReprintShare, ReuseDigest, ReuseResult } from "./stages/reuse.ts";
export { normaliseWord, reuseWords } from "./reuse/words.ts";
export type { ReuseWords } from "./reuse/words.ts";
export { hashWord, mix32, shingleHashes, winnow } from "./reuse/shingles.ts";
export { bandKeys, minhash, signatureAgreement } from "./reuse/minhash.ts";
export { reuseDoc, SHINGLE_WORDS } from "./reuse/doc.ts";
export type { ReuseDoc, ReuseDocOptions, ReuseText } from "./reuse/doc.ts";
export { byDateThenId, containment, findReprints, REPRINT_DEFAULTS } from "./reuse/reprints.ts";
export type { ReprintOptions, ReprintRow, Reprints, ReuseWork } from "./reuse/reprints.ts";
export { PASSAGE_DEFAULTS, sharedPassages } from "./reuse/passages.ts";
export type { PassageOptions, PassageRow, SharedPassages } from "./reuse/passages.ts";
export { reuseLinks } from "./reuse/links.ts";
export type { ReuseLinkRow } from "./reuse/links.ts";
export { reuseChart } from "./charts/reuse.ts";

// Who speaks: attribution relations, speakers, quotes and sources.
export { findAttributions, RELATION_TYPES } from "./sources/attribution.ts";
export type { Attribution, RelationType } from "./sources/attribution.ts";
export { resolveSpeakers, SPEAKER_TYPES, speakerOptions } from "./sources/speakers.ts";
export type { ResolveSpeakersOptions, Speaker, SpeakerType } from "./sources/speakers.ts";
export { loadedBySpeaker, NO_SPEAKER, OWN_WORDS, quoteRows, sourceRows } from "./measures/sources.ts";
export type { LoadedBySpeakerRow, QuoteRow, SourceRow } from "./measures/sources.ts";
export { loadedBySpeakerChart, sourcesBySideChart, sourceShareChart } from "./charts/sources.ts";
export { sideRows, speakerSide } from "./measures/sides.ts";
export type { SideRow } from "./measures/sides.ts";
export { quoteKwic } from "./sources/kwic.ts";
export type { QuoteKwicOptions, QuoteKwicRow } from "./sources/kwic.ts";

// Articles and outlets.
export { articleRows, outletRows } from "./measures/articles.ts";
export type { OutletRow } from "./measures/articles.ts";
export { articlesPerOutletChart, datesChart, lengthByOutletChart } from "./charts/corpus.ts";

// Terms.
export { articleTermCounts, termRows } from "./measures/terms.ts";
export type { TermOccurrence, TermOptions, TermRow } from "./measures/terms.ts";
export { countTable } from "./measures/count_table.ts";
export type { CountTable } from "./measures/count_table.ts";
export { keyness, logLikelihood, logRatio, lrc, pValue } from "./measures/keyness.ts";
export type { KeynessOptions, KeynessRow, KeynessStats } from "./measures/keyness.ts";
export { keynessWithDispersion } from "./measures/keyness_dispersion.ts";
export type { KeynessReportRow, KeynessWithDispersionOptions } from "./measures/keyness_dispersion.ts";
export { weightedLogOdds } from "./measures/logodds.ts";
export type { LogOddsOptions, LogOddsRow } from "./measures/logodds.ts";
export { gries } from "./measures/dispersion.ts";
export { collocates } from "./measures/collocates.ts";
export type { CollocateOptions, CollocateRow } from "./measures/collocates.ts";
export { kwic } from "./measures/kwic.ts";
export type { KwicOptions, KwicRow } from "./measures/kwic.ts";
export { keynessChart, logOddsChart, topTermsChart } from "./charts/terms.ts";
export type { KeynessChartOptions, LogOddsChartOptions, TopTermsOptions } from "./charts/terms.ts";

// Framing.
export { DEFAULT_FRAMING_LEXICON_FILE, FRAMES, loadFramingLexicon, parseFramingLexicon } from "./framing/lexicon.ts";
export type { Frame, FramingLexicon, Referent, Wording } from "./framing/lexicon.ts";
export { VOICES } from "./framing/voice.ts";
export type { Voice, VoiceSpan } from "./framing/voice.ts";
export { compileFraming, findFraming, framingHits } from "./framing/match.ts";
export type { FindFramingOptions, FramingHit, FramingMatcher, FramingWork } from "./framing/match.ts";
export { framingByVoice, framingSummary, MIN_MENTIONS } from "./framing/summary.ts";
export { wilsonInterval } from "./measures/wilson.ts";
export type { ProportionInterval, WilsonOptions } from "./measures/wilson.ts";
export type { FramingSummaryRow, FramingVoiceRow, ReferentLabel } from "./framing/summary.ts";
export { framingDiscovery } from "./framing/discovery.ts";
export { framingCandidates } from "./framing/candidates.ts";
export { framingDifferences } from "./framing/differences.ts";
export type { FramingDifference } from "./framing/differences.ts";
export type { FramingCandidate, FramingCandidateOptions } from "./framing/candidates.ts";
export { acceptWording } from "./framing/accept.ts";
export type { AcceptOptions } from "./framing/accept.ts";
export type { FramingCandidateRow, FramingDiscoveryOptions } from "./framing/discovery.ts";
export { evaluateFraming } from "./framing/evaluate.ts";
export type { FramingAnnotation, FramingEvaluation, FramingScore } from "./framing/evaluate.ts";
export { framingKwic } from "./framing/kwic.ts";
export type { FramingKwicOptions, FramingKwicRow } from "./framing/kwic.ts";
export { framingIntervalChart, framingRateChart, framingShareChart } from "./charts/framing.ts";
export { kwicHtml, kwicTable } from "./render/kwic.ts";
export type { KwicHtmlOptions, KwicLine, KwicTable } from "./render/kwic.ts";

// Entities.
export * from "./entities/types.ts";
export { DEFAULT_ENTITIES_FILE, loadGazetteer, parseGazetteer } from "./entities/gazetteer.ts";
export { extractEntities } from "./entities/extract.ts";
export { articleEntities, parseAnnotation, scoreAnnotation, scoreEntities } from "./entities/evaluate.ts";
export type { ArticleEntity, EntityAnnotation, EntityScore } from "./entities/evaluate.ts";
export { entityOutletRows, entityRows, entityTable, topEntities } from "./measures/entities.ts";
export type { EntityOutletOptions } from "./measures/entities.ts";
export { cooccurrenceRows, cooccurrenceTable, logDice, npmi, pairSentences } from "./measures/cooccurrence.ts";
export type { CooccurrenceOptions, MentionsOf, PairSentencesOptions } from "./measures/cooccurrence.ts";
export { cooccurrenceNetwork } from "./measures/network.ts";
export type { Network, NetworkLink, NetworkNode, NetworkOptions } from "./measures/network.ts";
export { networkLayout } from "./charts/network_layout.ts";
export type { NetworkLayoutOptions, NetworkLinkInput, NetworkNodeInput, PlacedNode } from "./charts/network_layout.ts";
export { cooccurrenceMatrixChart, cooccurrenceNetworkChart, topEntitiesChart } from "./charts/entities.ts";
export type { MatrixCell, MatrixChartOptions, NetworkChartOptions, NetworkRow } from "./charts/entities.ts";

// Charts, figures, tables, files.
export type { ChartSpec } from "./charts/spec.ts";
export { groupChart, groupWords } from "./charts/group.ts";
export {
  ENTITY_TYPE_COLORS,
  FONT_FAMILY,
  FONT_SIZE,
  KIND_COLORS,
  OUTLET_PALETTE,
  outletColors,
  WIDTH,
} from "./charts/theme.ts";
export { renderSvg } from "./render/svg.ts";
export { svgToPng } from "./render/png.ts";
export type { PngOptions } from "./render/png.ts";
export { groupHeader, toCsv, writeCsv } from "./render/csv.ts";
export type { CsvOptions } from "./render/csv.ts";
export { saveChart, show } from "./render/figure.ts";
export type { Figure, SavedChart } from "./render/figure.ts";
export { table, tableHtml, tableText } from "./render/table.ts";
export type { Table, TableOptions } from "./render/table.ts";
export { toGraphml, toNetworkJson } from "./render/graphml.ts";

// The report.
export { DEFAULT_OUT_DIR, runReport } from "./report/report_cli.ts";
export type { ReportOptions, ReportResult } from "./report/report_cli.ts";

// The store: Parquet tables of a large corpus, queried with SQL (DuckDB, loaded on first use).
export { openStore, Store } from "./store/store.ts";
export type { OpenStoreOptions } from "./store/store.ts";
// The notebooks at scale: whether to read the store, and its rows in the charts' shapes.
export {
  corpusScale,
  LARGE_CORPUS,
  sampleAtScale,
  sampleFilesAtScale,
  samplePairs,
  storeCountTable,
  storeFit,
  storeGroups,
  storeTopTerms,
} from "./store/at_scale.ts";
export type {
  CorpusScale,
  CorpusScaleOptions,
  StoreCountTableOptions,
  StoreFit,
  StoreRowsOptions,
  StoreSettings,
  StoreTopTermsOptions,
} from "./store/at_scale.ts";
