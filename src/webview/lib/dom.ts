// Building webview DOM from data without HTML: text goes in as textContent, attributes through setAttribute, so
// an article's text can never become markup or script.

export interface ElementOptions {
  className?: string;
  text?: string;
  /** Attribute values (title, aria-label, data-*, …); never an event handler. */
  attrs?: Record<string, string | number | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name}: use addEventListener`);
    if (value !== undefined) node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

/** `template` with {0}, {1}, … replaced by `args` (the extension's translated strings use this form). */
export const format = (template: string, ...args: (string | number)[]): string => template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
