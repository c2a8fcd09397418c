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

export const VIEW_DOCUMENTS = 'sourceAnnotator.documents';
