// The document as a source, as REFI-QDA document variables: one <Variable> per field in the project, and a
// <VariableValue> in each <TextSource> that has a value (as MAXQDA writes them). All are text variables: a
// publication date is often partial (2024-06, 2024), which xsd:date cannot hold.
import type { ExportedSource } from '../types';
import { guidFor } from './guid';
import { el, textEl, type XmlElement } from './xml';

const VARIABLES: ReadonlyArray<{ field: keyof ExportedSource; name: string; description: string }> = [
  { field: 'title', name: 'Title', description: 'The headline of the article.' },
  { field: 'outlet', name: 'Outlet', description: 'Who published the article.' },
  { field: 'source', name: 'Original source', description: 'The source the outlet names for its text (an agency, another outlet).' },
  { field: 'published', name: 'Published', description: 'Publication date as a partial ISO 8601 date: 2024-06-18, 2024-06 or 2024.' },
  { field: 'language', name: 'Language', description: 'Language of the article (ISO 639-1: de, en).' },
  { field: 'author', name: 'Author', description: 'Author of the article.' },
  { field: 'url', name: 'URL', description: 'Where the article was published.' },
];

const variableGuid = (name: string): string => guidFor('variable', name);

export const variablesElement = (): XmlElement =>
  el('Variables', {}, VARIABLES.map((v) => el('Variable', { guid: variableGuid(v.name), name: v.name, typeOfVariable: 'Text' }, [textEl('Description', v.description)])));

/** The values recorded or detected for a document (fields without one are left out). */
export const variableValues = (source: ExportedSource | undefined): XmlElement[] =>
  source
    ? VARIABLES.filter((v) => source[v.field]).map((v) =>
      el('VariableValue', {}, [el('VariableRef', { targetGUID: variableGuid(v.name) }), textEl('TextValue', source[v.field]!)]))
    : [];
