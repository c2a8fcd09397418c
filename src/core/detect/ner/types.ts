// What the actor detector needs from a discovery model.

export const NER_LABELS = ['PER', 'ORG', 'LOC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
/** The types the model is trained on: the reported ones and OTH (other names: works, events, products). */
export type TagLabel = NerLabel | 'OTH';

export const isReported = (label: string): label is NerLabel => (NER_LABELS as readonly string[]).includes(label);

export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  /** In [0, 1]. */
  confidence: number;
}

export interface NerModel {
  /** `registryMentions`: the registry's mentions over the same text, when the caller has them (saves a pass). */
  tag(text: string, registryMentions?: readonly { start: number; end: number; type: string }[]): NerSpan[];
}
