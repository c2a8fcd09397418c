import * as vscode from 'vscode';
import { ACTOR_TYPES, type ActorType } from '../core/model/entities';
import type { Logger } from '../core/ports';
import { addActor, addAlias, markNotActor } from '../core/registry-edits';
import { registerReportingCommand } from './commands';
import { Commands } from './constants';
import type { CorpusService } from './corpus-service';
import type { DetectorHost } from './detector-host';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

/** The analyst's loop over actors: accept a suggestion, add an alias, reject a detection, mark a new actor. */
export class RegistryCommands extends Disposable {
  constructor(private readonly service: CorpusService, private readonly detectors: DetectorHost, log: Logger) {
    super();
    // From a context menu the first argument is a Uri, not a document path: then the active selection is used.
    const register = (id: string, fn: (path?: string, start?: number, end?: number, ...rest: string[]) => Promise<void>): void => {
      this._register(registerReportingCommand(id, log, (path?: unknown, start?: number, end?: number, ...rest: string[]) => fn(typeof path === 'string' ? path : undefined, start, end, ...rest)));
    };
    register(Commands.addToRegistry, (p, s, e, ...rest) => this.addToRegistry(p, s, e, rest[0] as ActorType | undefined, rest[1]));
    register(Commands.markActor, (p, s, e, ...rest) => this.addToRegistry(p, s, e, rest[0] as ActorType | undefined, rest[1]));
    register(Commands.notAnActor, (p, s, e) => this.notAnActor(p, s, e));
  }

  private surface(path?: string, start?: number, end?: number): string {
    if (path !== undefined && start !== undefined && end !== undefined) {
      const text = this.service.corpus.get(path)?.text;
      if (text === undefined) throw new Error(t('{0} is not an article of the corpus.', path));
      return text.slice(start, end).trim();
    }
    const editor = vscode.window.activeTextEditor;
    const selected = editor?.document.getText(editor.selection).trim();
    if (!selected) throw new Error(t('Select the name first.'));
    return selected;
  }

  /**
   * New actor or alias of an existing one. `typeOrAlias` and `aliasOf` let tests and keybindings skip the
   * pickers: a type makes a new actor; `aliasOf` (a canonical name) adds an alias.
   */
  private async addToRegistry(path?: string, start?: number, end?: number, type?: ActorType, aliasOf?: string): Promise<void> {
    const name = this.surface(path, start, end);
    if (name.includes('\n') || name.length > 120) throw new Error(t('An actor name is a single short line.'));
    const registry = this.detectors.current().registry;
    if (aliasOf) {
      const actor = registry.findActor(aliasOf);
      if (!actor) throw new Error(t('No actor named {0} in the registry.', aliasOf));
      await this.detectors.editRegistry((f) => addAlias(f, actor, name));
      return;
    }
    if (type) {
      const given = type;
      await this.detectors.editRegistry((f) => addActor(f, name, given));
      return;
    }
    {
      const choice = await vscode.window.showQuickPick(
        [
          ...ACTOR_TYPES.map((ty) => ({ label: t('New actor: {0}', t(ty)), type: ty as ActorType | undefined })),
          { label: t('Alias of an existing actor…'), type: undefined },
        ],
        { title: t('Add “{0}” to the registry as…', name) },
      );
      if (!choice) return;
      if (!choice.type) {
        const target = await vscode.window.showQuickPick(
          [...registry.actors].sort((a, b) => a.canonical.localeCompare(b.canonical)).map((a) => ({ label: a.canonical, description: t(a.type), actor: a })),
          { title: t('“{0}” is another name of…', name), matchOnDescription: true },
        );
        if (target) await this.detectors.editRegistry((f) => addAlias(f, target.actor, name));
        return;
      }
      type = choice.type;
    }
    const canonical = await vscode.window.showInputBox({ title: t('Canonical name'), value: name, prompt: t('The name every mention of this actor is shown as.') });
    if (!canonical?.trim()) return;
    const chosenType = type;
    await this.detectors.editRegistry((f) => addActor(f, canonical.trim(), chosenType, [name]));
  }

  private async notAnActor(path?: string, start?: number, end?: number): Promise<void> {
    const name = this.surface(path, start, end);
    await this.detectors.editRegistry((f) => markNotActor(f, name));
  }
}
