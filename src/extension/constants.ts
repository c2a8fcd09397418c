// Typed names of everything the extension contributes, so that package.json and code cannot drift silently.

export const Commands = {
  refreshDocuments: 'sourceAnnotator.refreshDocuments',
  tagClaim: 'sourceAnnotator.tagClaim',
  linkClaim: 'sourceAnnotator.linkClaim',
  setStatus: 'sourceAnnotator.setStatus',
  setClaimant: 'sourceAnnotator.setClaimant',
  editNote: 'sourceAnnotator.editNote',
  removeClaim: 'sourceAnnotator.removeClaim',
  reattachClaim: 'sourceAnnotator.reattachClaim',
  markReviewed: 'sourceAnnotator.markReviewed',
  undo: 'sourceAnnotator.undo',
  exportAnnotations: 'sourceAnnotator.exportAnnotations',
  addToRegistry: 'sourceAnnotator.addToRegistry',
  notAnActor: 'sourceAnnotator.notAnActor',
  markActor: 'sourceAnnotator.markActor',
  setupGitMerge: 'sourceAnnotator.setupGitMerge',
  openLocation: 'sourceAnnotator.openLocation',
} as const;

export const ContextKeys = {
  isCorpusDocument: 'sourceAnnotator.isCorpusDocument',
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
  maxFileSizeMB: 'maxFileSizeMB',
} as const;

export const Colors = {
  figureForeground: 'sourceAnnotator.figureForeground',
  figureBackground: 'sourceAnnotator.figureBackground',
  actorForeground: 'sourceAnnotator.actorForeground',
  actorBackground: 'sourceAnnotator.actorBackground',
  suggestedActorForeground: 'sourceAnnotator.suggestedActorForeground',
  claimBackground: 'sourceAnnotator.claimBackground',
  claimBorder: 'sourceAnnotator.claimBorder',
} as const;

export const VIEW_DOCUMENTS = 'sourceAnnotator.documents';
