// Typed names of everything the extension contributes, so that package.json and code cannot drift silently.

export { Commands } from '../protocol/commands';

export const ContextKeys = {
  isCorpusDocument: 'sourceAnnotator.isCorpusDocument',
  documentsFiltered: 'sourceAnnotator.documentsFiltered',
} as const;

export const Settings = {
  section: 'sourceAnnotator',
  corpusFolders: 'corpusFolders',
  fileExtensions: 'fileExtensions',
  registryFile: 'registryFile',
  author: 'author',
  modelEnabled: 'discoveryModel.enabled',
  highlightFigures: 'highlight.figures',
  highlightActors: 'highlight.actors',
  highlightAttribution: 'highlight.attribution',
  dimBoilerplate: 'highlight.boilerplate',
  documentsGroupBy: 'documents.groupBy',
  maxFileSizeMB: 'maxFileSizeMB',
  wrapArticles: 'wrapArticles',
} as const;

export const Colors = {
  figureForeground: 'sourceAnnotator.figureForeground',
  figureBackground: 'sourceAnnotator.figureBackground',
  actorForeground: 'sourceAnnotator.actorForeground',
  actorBackground: 'sourceAnnotator.actorBackground',
  suggestedActorForeground: 'sourceAnnotator.suggestedActorForeground',
  claimBackground: 'sourceAnnotator.claimBackground',
  claimBorder: 'sourceAnnotator.claimBorder',
  attributionCueForeground: 'sourceAnnotator.attributionCueForeground',
  hedgeForeground: 'sourceAnnotator.hedgeForeground',
} as const;

/** How the Documents view groups the articles (setting documents.groupBy). */
export const DOCUMENTS_GROUPINGS = ['folder', 'outlet', 'published'] as const;
export type DocumentsGrouping = (typeof DOCUMENTS_GROUPINGS)[number];

export const VIEW_DOCUMENTS = 'sourceAnnotator.documents';
/** The claims graph's webview panel type. */
export const VIEW_GRAPH = 'sourceAnnotator.graph';
