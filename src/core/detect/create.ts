// One factory wires the detectors: figures by rules, actors from the layered registry, optional discovery model.
import type { RegistryFile } from '../model/registry';
import { ActorDetector, buildRegistry, type LayeredRegistry } from './actors/index';
import { mergeEntities, type EntityDetector } from './detector';
import { detectFigures } from './figures/index';
import type { NerModel } from './ner/types';

export interface CorpusDetector extends EntityDetector {
  readonly registry: LayeredRegistry;
  /** The actor detector inside, whose stages IncrementalDetector runs block by block. */
  readonly actors: ActorDetector;
}

export function createDetector(options: { workspaceRegistry?: RegistryFile; model?: NerModel } = {}): CorpusDetector {
  const actors = new ActorDetector(buildRegistry(options.workspaceRegistry), options.model);
  return {
    registry: actors.registry,
    actors,
    detect: (text) => mergeEntities(detectFigures(text), actors.detect(text)),
  };
}
