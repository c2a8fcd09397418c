// Loads mocha's browser build (bundled: the web worker extension host has no `require` of node_modules) and
// installs describe/it before any test file is evaluated. The bundle's entry imports this module first.
import 'mocha/mocha.js';

mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
