// One factory wires the detectors: figures by rules, actors from the layered registry, optional discovery model.
import type { Cue, Entity } from '../model/entities';
import type { RegistryFile } from '../model/registry';
import { ActorDetector, buildRegistry, type LayeredRegistry } from './actors/index';
import { attribute } from './attribution/index';
import { mergeEntities, type EntityDetector } from './detector';
import { detectFigures } from './figures/index';
import type { NerModel } from './ner/types';

export interface CorpusDetector extends EntityDetector {
  readonly registry: LayeredRegistry;
  /** The actor detector inside, whose stages IncrementalDetector runs block by block. */
  readonly actors: ActorDetector;
  /** Attributions and hedges of a text, given its entities (detect's result): sources name their actors through them. */
  attribute(text: string, entities: readonly Entity[]): Cue[];
}

export function createDetector(options: { workspaceRegistry?: RegistryFile; model?: NerModel } = {}): CorpusDetector {
  const actors = new ActorDetector(buildRegistry(options.workspaceRegistry), options.model);
  return {
    registry: actors.registry,
    actors,
    detect: (text) => mergeEntities(detectFigures(text), actors.detect(text)),
    attribute,
  };
}
