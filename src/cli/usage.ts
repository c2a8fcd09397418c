export const USAGE = `Usage: source-annotator <command> [options]

Commands:
  detect <file>...                         Print detected figures, actors, attributions and hedges as JSON.
  meta <file>...                           Print each article's source metadata (title, outlet, source, published,
                                           language, url) and its boilerplate ranges as JSON: what its sidecar
                                           records, else what its text says.
  links suggest <folder> [--top K]         For each claim, up to K (default 5) claims of other documents it likely
                                           matches, best first, with a guessed relation and the reasons, as JSON.
  figures compare <folder>                 Figures of different documents that measure the same quantity, grouped, as JSON.
  claim add <doc> --start S --end E [--note T]
                                           Tag characters S..E (UTF-16 offsets) of <doc> as a claim; prints {"id"}.
  reanchor <doc>                           Re-anchor <doc>'s annotations to its current text and save them.
  export <folder> --format json|w3c|csv|markdown|claimreview [--out FILE]
  export <folder> --format refi --out FILE.qdpx
                                           Export every sidecar under <folder> (refi: a REFI-QDA project for MAXQDA,
                                           ATLAS.ti, NVivo; claimreview: schema.org ClaimReview JSON-LD).
  matrix <folder> [--format json|csv|markdown]
                                           The claims × sources matrix (default json): a row per group of linked
                                           claims, a column per document (grouped by outlet), each cell the claims
                                           with their stance in the group, claimant and hedges.
  graph <folder> [--format json|graphml] [--out FILE]
                                           The claims graph (claims, documents, claimants; links by relation) as JSON
                                           (default) or GraphML for Gephi, yEd or networkx.
  import <file>... --into <folder>         Turn saved web pages (.html, .htm), PDFs and Word files (.docx) into articles
                                           (<slug>.txt and a sidecar with title, outlet, date, URL, author) in <folder>;
                                           prints {"imported":[…]}, one line on stderr for each file that failed.
  validate <file-or-folder>                Check sidecars (and actor registries); prints file:line:column for each problem.
  merge-driver <base> <ours> <theirs>      Three-way merge of a sidecar, for git (merge=source-annotator).

Options:
  --registry FILE   Workspace actor registry (default: source-annotator.actors.json in the current folder or above).
  --no-model        detect: registry actors and figures only, no discovery-model suggestions.
  --top K           links suggest: suggestions per claim (default 5).
  --kinds K,K       detect: only these kinds (figure, actor, attribution, hedge; default all).
  --into FOLDER     import: the corpus folder for the new articles (created if missing).
  -h, --help        Show this help.

Exit codes: 0 success, 1 problems found, merge conflicts or some files not imported, 2 usage error,
3 input could not be read (import: none of the files), 4 another process held the file's lock too long (nothing was
changed; try again).`;

export class UsageError extends Error {}
export class InputError extends Error {}
