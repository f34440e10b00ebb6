/**
 * framelens: how did each outlet cover the same event, and in whose words?
 *
 * Load a corpus of news articles, annotate it (sentences, tokens, phrases), measure
 * it into tidy rows, chart the rows with Observable Plot, and save the charts for a
 * report.
 *
 * @example
 * ```ts
 * import { annotateCorpus, articleRows, articlesPerOutletChart, loadCorpus, loadResources, show } from "framelens";
 * const corpus = await loadCorpus();
 * const annotated = annotateCorpus(corpus.articles, await loadResources());
 * show(articlesPerOutletChart(articleRows(annotated)));
 * ```
 *
 * @module
 */
export * from "./types.ts";
export { PROJECT_DIR, projectPath } from "./paths.ts";
export { ArticleError, isIsoDate, parseArticle, splitFrontMatter } from "./corpus/front_matter.ts";
export type { SplitFile } from "./corpus/front_matter.ts";
export { CorpusError, DEFAULT_CORPUS_DIR, loadArticleFile, loadCorpus } from "./corpus/load.ts";
export type { LoadCorpusOptions } from "./corpus/load.ts";
export { filterOutlets } from "./corpus/filter.ts";
export { addArticle, extractArticle, extractHtml, slugify, splitHeadline } from "./corpus/ingest.ts";
export type {
  AddArticleOptions,
  AddedArticle,
  ExtractedArticle,
  NewArticleMeta,
  SplitHeadline,
} from "./corpus/ingest.ts";
export { findDate } from "./corpus/dateline.ts";
export type { FindDateOptions, FoundDate } from "./corpus/dateline.ts";
export {
  DEFAULT_BOILERPLATE_FILE,
  findBoilerplate,
  loadBoilerplate,
  NO_BOILERPLATE,
  parseBoilerplate,
} from "./text/boilerplate.ts";
export type { BoilerplateRules, BoilerplateSpan } from "./text/boilerplate.ts";
export { normalizeCluster, prepareText } from "./text/normalize.ts";
export type { PreparedText } from "./text/normalize.ts";
export { compilePhrases, DEFAULT_PHRASES_FILE, loadPhrases, mergePhrases, parsePhrases } from "./text/phrases.ts";
export type { PhraseEntry, PhraseMatcher } from "./text/phrases.ts";
export { OPAQUE_RUN, tokenize, tokenKeys, winkWork } from "./nlp/wink.ts";
export type { Tokenized, WinkWork } from "./nlp/wink.ts";
export {
  annotateArticle,
  annotateCorpus,
  annotationWarnings,
  isWord,
  loadResources,
  opaqueSpans,
} from "./pipeline/annotate.ts";
export type { AnnotationWarning, LoadResourcesOptions, Resources, TextSpan } from "./pipeline/annotate.ts";
export {
  annotateAndDigest,
  DIGEST_STAGES,
  digestArticle,
  digestParts,
  emptyStageTimes,
  loadDigestTools,
  makeDigestTools,
  stageFingerprints,
} from "./pipeline/digest.ts";
export type {
  ArticleDigest,
  DigestFiles,
  DigestParts,
  DigestStage,
  DigestTools,
  StageFingerprintOptions,
  StageTimes,
} from "./pipeline/digest.ts";
export { codeFingerprint, importSpecifiers, moduleGraph } from "./pipeline/fingerprint.ts";
export type { ModuleGraph, ModuleGraphOptions, SourceReader } from "./pipeline/fingerprint.ts";
export { checkStages, runCorpusStages, runOrder, stageNamed, STAGES } from "./stages/registry.ts";
export type { AnyStage, RunCorpusOptions, StageName, StageResults } from "./stages/registry.ts";
export { columnNames, fitsColumn, groupOf, regrouped, STAGE_DATA } from "./stages/stage.ts";
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
export { digestMany, startDigestWorkers } from "./pipeline/digest_many.ts";
export type { DigestManyOptions, DigestManyResult } from "./pipeline/digest_many.ts";
export { DiskCache } from "./pipeline/cache.ts";
export type { CacheStats } from "./pipeline/cache.ts";
export { articleRows, outletRows } from "./measures/articles.ts";
export type { OutletRow } from "./measures/articles.ts";
export type { ChartSpec } from "./charts/spec.ts";
export {
  BAND,
  ENTITY_TYPE_COLORS,
  FONT_FAMILY,
  FONT_SIZE,
  KIND_COLORS,
  marginFor,
  OUTLET_PALETTE,
  outletColors,
  truncate,
  WIDTH,
} from "./charts/theme.ts";
export { articlesPerOutletChart, datesChart, lengthByOutletChart } from "./charts/corpus.ts";
export { escapeXml, renderSvg } from "./render/svg.ts";
export { encodePng, svgToPng } from "./render/png.ts";
export { PngPool, svgsToPngs } from "./render/png_pool.ts";
export type { PngPoolOptions } from "./render/png_pool.ts";
export type { PngOptions } from "./render/png.ts";
export { toCsv, writeCsv } from "./render/csv.ts";
export { saveChart, show } from "./render/figure.ts";
export type { Figure, SavedChart } from "./render/figure.ts";
export { cellText, table, tableHtml, tableText } from "./render/table.ts";
export type { Table, TableOptions } from "./render/table.ts";
export { buildSections, SECTIONS } from "./report/section.ts";
export type { SectionBuilder } from "./report/section.ts";
export { corpusSection } from "./report/corpus_section.ts";
export { corpusStage } from "./stages/corpus.ts";
export type { CorpusResult } from "./stages/corpus.ts";
export { stageTables } from "./report/types.ts";
export type { ReportFile, ReportInput, ReportSection, ReportTable } from "./report/types.ts";
export { reportPage } from "./report/page.ts";
export type { PageInfo } from "./report/page.ts";
export { checkOutDir, checkOutsideCorpus, REPORT_MARKER, writeReport } from "./report/write.ts";
export { CACHE_DAYS, DEFAULT_OUT_DIR, runReport } from "./report/report_cli.ts";
export type { ReportOptions, ReportResult } from "./report/report_cli.ts";
export { keptReport, recordReport, reportInputKey } from "./report/up_to_date.ts";
export {
  DENO_VERSION,
  denoCommand,
  installKernel,
  KERNEL_NAME,
  kernelSpec,
  npxCommand,
  userJupyterDir,
} from "./report/kernel.ts";
export type { OsName } from "./report/kernel.ts";
export { articleTermCounts, termOccurrences, termRows, termRowsOf } from "./measures/terms.ts";
export { countTable } from "./measures/count_table.ts";
export type { CountTable } from "./measures/count_table.ts";
export { HONORIFICS, isNameAffix, NAME_TERM_PARTICLES, nameTerms } from "./measures/name_terms.ts";
export { countColumns, termIndex } from "./measures/term_index.ts";
export type { CountColumns, TermIndex } from "./measures/term_index.ts";
export type { TermOccurrence, TermOptions, TermRow } from "./measures/terms.ts";
export { keyness, keynessOf, keynessWith, logLikelihood, logRatio, lrc, pValue } from "./measures/keyness.ts";
export type {
  KeynessColumnsRowMaker,
  KeynessOptions,
  KeynessRow,
  KeynessRowMaker,
  KeynessStats,
} from "./measures/keyness.ts";
export { weightedLogOdds, weightedLogOddsOf } from "./measures/logodds.ts";
export type { LogOddsOptions, LogOddsRow } from "./measures/logodds.ts";
export { gries } from "./measures/dispersion.ts";
export { collocates } from "./measures/collocates.ts";
export type { CollocateOptions, CollocateRow } from "./measures/collocates.ts";
export { kwic } from "./measures/kwic.ts";
export type { KwicOptions, KwicRow } from "./measures/kwic.ts";
export { keynessChart, logOddsChart, topTermsChart } from "./charts/terms.ts";
export type { KeynessChartOptions, LogOddsChartOptions, TopTermsOptions } from "./charts/terms.ts";
export { keynessWithDispersion, keynessWithDispersionOf } from "./measures/keyness_dispersion.ts";
export type { KeynessReportRow, KeynessWithDispersionOptions } from "./measures/keyness_dispersion.ts";
export { KEYNESS_UNUSED_P, LOG_ODDS_UNUSED_Z, termsStage, termsTables } from "./stages/terms.ts";
export type { TermsDigest, TermsResult, TermsTables } from "./stages/terms.ts";
export { termsSection } from "./report/terms_section.ts";
export {
  DEFAULT_FRAMING_LEXICON_FILE,
  expandWording,
  FRAMES,
  loadFramingLexicon,
  loadFramingLexiconSync,
  parseFramingLexicon,
  spellingKey,
} from "./framing/lexicon.ts";
export type { Frame, FramingLexicon, Referent, Wording } from "./framing/lexicon.ts";
export { attributionSpans, quotationSpans, voiceAt, VOICES } from "./framing/voice.ts";
export type { Voice, VoiceSpan } from "./framing/voice.ts";
export { compileFraming, findFraming, framingHits, stemWord } from "./framing/match.ts";
export type { FramingHit, FramingMatcher } from "./framing/match.ts";
export { framingByVoice, framingSummary, MIN_MENTIONS } from "./framing/summary.ts";
export { wilsonInterval, Z95 } from "./measures/wilson.ts";
export type { ProportionInterval, WilsonOptions } from "./measures/wilson.ts";
export type { FramingSummaryRow, FramingVoiceRow, ReferentLabel } from "./framing/summary.ts";
export { framingDiscovery, lexiconHolds } from "./framing/discovery.ts";
export { acceptCommand, framingCandidates } from "./framing/candidates.ts";
export { framingDifferences } from "./framing/differences.ts";
export type { FramingDifference } from "./framing/differences.ts";
export type { FramingCandidate, FramingCandidateOptions } from "./framing/candidates.ts";
export { acceptWording, appendWording } from "./framing/accept.ts";
export type { AcceptOptions } from "./framing/accept.ts";
export { MAX_SLOT_WORDS, optionalWords, parsePattern } from "./framing/pattern.ts";
export type { PatternElement, SlotKind } from "./framing/pattern.ts";
export type { FramingCandidateRow, FramingDiscoveryOptions } from "./framing/discovery.ts";
export { evaluateFraming } from "./framing/evaluate.ts";
export type { FramingAnnotation, FramingEvaluation, FramingScore } from "./framing/evaluate.ts";
export { framingKwic } from "./framing/kwic.ts";
export type { FramingKwicOptions, FramingKwicRow } from "./framing/kwic.ts";
export {
  framingIntervalChart,
  framingRateChart,
  framingShareChart,
  LOADED_COLOR,
  NEUTRAL_COLOR,
  VOICE_LABELS,
} from "./charts/framing.ts";
export { kwicHtml, kwicTable } from "./render/kwic.ts";
export type { KwicHtmlOptions, KwicLine, KwicTable } from "./render/kwic.ts";
export { framingSection } from "./report/framing_section.ts";
export { framingStage } from "./stages/framing.ts";
export type { FramingDigest, FramingResult } from "./stages/framing.ts";
export { MAX_ARTICLE_BYTES } from "./corpus/load.ts";
export type { LoadArticleOptions } from "./corpus/load.ts";
export { xmlSafe } from "./render/svg.ts";
export { recoverReportFolder } from "./report/write.ts";
export * from "./entities/types.ts";
export { DEFAULT_ENTITIES_FILE, loadGazetteer, loadGazetteerSync, parseGazetteer } from "./entities/gazetteer.ts";
export {
  editDistance,
  entityId,
  isShortFormOf,
  NAME_PARTICLES,
  nameKey,
  similarNames,
  similarWords,
  skeleton,
  wordKey,
} from "./entities/names.ts";
export { compileGazetteer, findCandidates } from "./entities/mentions.ts";
export {
  ENGLISH,
  ENGLISH_FILE,
  NOT_ENTITY_HEADS,
  ORGANIZATION_HEADS,
  parseEnglishWords,
  PLACE_HEADS,
  PLACE_PREFIXES,
} from "./text/english.ts";
export type { EnglishWords } from "./text/english.ts";
export type { Candidate, CandidateWord, CompiledGazetteer, MentionCues } from "./entities/mentions.ts";
export { candidateSpanTags, electType, guessType, mentionSpan } from "./entities/typing.ts";
export type { GuessTypeOptions, TypeElection, TypeGuess } from "./entities/typing.ts";
export { resolveEntities } from "./entities/aliases.ts";
export type { ResolveOptions } from "./entities/aliases.ts";
export { extractEntities } from "./entities/extract.ts";
export { articleEntities, parseAnnotation, scoreAnnotation, scoreEntities } from "./entities/evaluate.ts";
export type { ArticleEntity, EntityAnnotation, EntityScore } from "./entities/evaluate.ts";
export { spansTags, spanTagBits, spanTags, spanTagsOfBits } from "./nlp/compromise.ts";
export type { SpanTags } from "./nlp/compromise.ts";
export { entityOutletRows, entityRows, topEntities } from "./measures/entities.ts";
export type { EntityOutletOptions } from "./measures/entities.ts";
export { cooccurrenceRows, logDice, npmi, pairSentences } from "./measures/cooccurrence.ts";
export type { CooccurrenceOptions, MentionsOf, PairSentencesOptions } from "./measures/cooccurrence.ts";
export { cooccurrenceNetwork } from "./measures/network.ts";
export type { Network, NetworkLink, NetworkNode, NetworkOptions } from "./measures/network.ts";
export { networkLayout, seededRandom } from "./charts/network_layout.ts";
export type { NetworkLayoutOptions, NetworkLinkInput, NetworkNodeInput, PlacedNode } from "./charts/network_layout.ts";
export { cooccurrenceMatrixChart, cooccurrenceNetworkChart, topEntitiesChart } from "./charts/entities.ts";
export type { MatrixCell, MatrixChartOptions, NetworkChartOptions, NetworkRow } from "./charts/entities.ts";
export { toGraphml, toNetworkJson } from "./render/graphml.ts";
export { entitiesSection } from "./report/entities_section.ts";
export type { EntitiesSectionOptions } from "./report/entities_section.ts";
export { entitiesStage, resolveDigestEntities } from "./stages/entities.ts";
export type { EntitiesDigest, EntitiesPart, EntitiesResult } from "./stages/entities.ts";
