// The few DOM members the HTML import uses, typed here: linkedom's own types name the browser's DOM, which the core's
// compiler settings do not include (the core must not start relying on browser globals).
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  /** Upper case for HTML elements ("P", "H2"). */
  readonly tagName: string;
  readonly className: string;
  readonly id: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
  innerHTML: string;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  createElement(tagName: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}
