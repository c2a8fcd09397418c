// The graph's cytoscape stylesheet in the current VS Code theme. Cytoscape draws on a canvas, which CSS variables
// do not reach: the theme's colours are read from the page (VS Code sets them as --vscode-* on body) and the
// stylesheet is rebuilt when the theme changes. Each relation has its own colour and line; contradicts is red and
// dashed, so it stands out even without colour.
import type cytoscape from 'cytoscape';

export interface ThemeColors {
  foreground: string;
  background: string;
  muted: string;
  focus: string;
  font: string;
  red: string;
  green: string;
  blue: string;
  orange: string;
  purple: string;
  yellow: string;
  actor: string;
}

export function readTheme(element: HTMLElement = document.body): ThemeColors {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string): string => style.getPropertyValue(`--vscode-${name}`).trim() || fallback;
  return {
    foreground: v('editor-foreground', '#cccccc'),
    background: v('editor-background', '#1e1e1e'),
    muted: v('descriptionForeground', '#9d9d9d'),
    focus: v('focusBorder', '#0078d4'),
    font: v('font-family', 'sans-serif'),
    red: v('charts-red', '#f14c4c'),
    green: v('charts-green', '#89d185'),
    blue: v('charts-blue', '#3794ff'),
    orange: v('charts-orange', '#d18616'),
    purple: v('charts-purple', '#b180d7'),
    yellow: v('charts-yellow', '#cca700'),
    actor: v('sourceAnnotator-actorForeground', '#d7a0ff'),
  };
}

export function graphStyle(c: ThemeColors): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', color: c.foreground, 'font-family': c.font, 'font-size': 12, 'text-wrap': 'ellipsis',
        'text-max-width': '160px', 'text-valign': 'bottom', 'text-margin-y': 4, 'border-width': 2, 'border-color': c.muted,
        'background-color': c.background,
      },
    },
    { selector: 'node[kind = "claim"]', style: { shape: 'round-rectangle', width: 26, height: 18, 'font-size': 11 } },
    { selector: 'node[status = "corroborated"]', style: { 'background-color': c.green } },
    { selector: 'node[status = "disputed"]', style: { 'background-color': c.orange } },
    { selector: 'node[status = "refuted"]', style: { 'background-color': c.red } },
    { selector: 'node[?hedged]', style: { 'border-style': 'dashed', 'border-color': c.yellow } },
    { selector: 'node[kind = "document"]', style: { shape: 'rectangle', width: 32, height: 40, 'background-color': c.muted, 'border-color': c.foreground, 'font-weight': 'bold' } },
    { selector: 'node[kind = "claimant"]', style: { shape: 'ellipse', width: 30, height: 30, 'background-color': c.actor, 'border-color': c.actor, color: c.actor } },
    { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'line-color': c.muted, 'target-arrow-color': c.muted } },
    { selector: 'edge[kind = "in"]', style: { width: 1, opacity: 0.35 } },
    { selector: 'edge[kind = "claims"]', style: { width: 1, opacity: 0.6, 'line-color': c.actor, 'target-arrow-color': c.actor, 'target-arrow-shape': 'vee' } },
    { selector: 'edge[?detected]', style: { 'line-style': 'dotted' } },
    { selector: 'edge[kind = "same"]', style: { width: 3, 'line-color': c.blue } },
    { selector: 'edge[kind = "corroborates"]', style: { width: 3, 'line-color': c.green } },
    { selector: 'edge[kind = "contradicts"]', style: { width: 3, 'line-color': c.red, 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
    { selector: 'edge[kind = "elaborates"]', style: { width: 2, 'line-color': c.purple, 'target-arrow-color': c.purple, 'target-arrow-shape': 'triangle' } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': c.focus, 'overlay-opacity': 0 } },
    { selector: 'edge:selected', style: { 'overlay-opacity': 0 } },
  ];
}
