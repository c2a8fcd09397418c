// The in-host runner for the scale bench (dist/test/host-bench/index.js): the integration runner, pointed at
// the *.test.js files next to this bundle.
export { run } from '../integration/index';
