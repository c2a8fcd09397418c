// The client commands the server's code actions invoke (VS Code: registered by the extension). Arguments are
// core paths (a URI's path) and offsets into the document's text.
export const Commands = {
  refreshDocuments: 'sourceAnnotator.refreshDocuments',
  filterDocuments: 'sourceAnnotator.filterDocuments',
  clearDocumentsFilter: 'sourceAnnotator.clearDocumentsFilter',
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
