import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ACTOR_TYPES, type ActorType } from '../core/model/entities';
import type { Logger } from '../core/ports';
import { EditRegistryRequest, RegistryActorsRequest, type RegistryEdit } from '../protocol/protocol';
import { registerReportingCommand } from './commands';
import { Commands } from './constants';
import { Disposable } from './disposable';

const t = vscode.l10n.t;

/** The analyst's loop over actors: accept a suggestion, add an alias, reject a detection, mark a new actor. The server writes the registry. */
export class RegistryCommands extends Disposable {
  constructor(private readonly client: Promise<LanguageClient>, private readonly toUri: (path: string) => vscode.Uri, log: Logger) {
    super();
    // From a context menu the first argument is a Uri, not a document path: then the active selection is used.
    const register = (id: string, fn: (path?: string, start?: number, end?: number, ...rest: string[]) => Promise<void>): void => {
      this._register(registerReportingCommand(id, log, (path?: unknown, start?: number, end?: number, ...rest: string[]) => fn(typeof path === 'string' ? path : undefined, start, end, ...rest)));
    };
    register(Commands.addToRegistry, (p, s, e, ...rest) => this.addToRegistry(p, s, e, rest[0] as ActorType | undefined, rest[1]));
    register(Commands.markActor, (p, s, e, ...rest) => this.addToRegistry(p, s, e, rest[0] as ActorType | undefined, rest[1]));
    register(Commands.notAnActor, (p, s, e) => this.notAnActor(p, s, e));
  }

  private async apply(edit: RegistryEdit): Promise<void> {
    await (await this.client).sendRequest(EditRegistryRequest, edit);
  }

  /** The name at (path, start, end) in the document as the editor has it, else the active selection. */
  private async surface(path?: string, start?: number, end?: number): Promise<string> {
    if (path !== undefined && start !== undefined && end !== undefined) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.path === path);
      const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(this.toUri(path)));
      return text.slice(start, end).trim();
    }
    const editor = vscode.window.activeTextEditor;
    const selected = editor?.document.getText(editor.selection).trim();
    if (!selected) throw new Error(t('Select the name first.'));
    return selected;
  }

  /**
   * New actor or alias of an existing one. `type` and `aliasOf` let tests and keybindings skip the pickers:
   * a type makes a new actor; `aliasOf` (a canonical name) adds an alias.
   */
  private async addToRegistry(path?: string, start?: number, end?: number, type?: ActorType, aliasOf?: string): Promise<void> {
    const name = await this.surface(path, start, end);
    if (!name || name.includes('\n') || name.length > 120) throw new Error(t('An actor name is a single short line.'));
    if (aliasOf) return this.apply({ op: 'addAlias', canonical: aliasOf, alias: name });
    if (type) return this.apply({ op: 'addActor', canonical: name, type });
    const choice = await vscode.window.showQuickPick(
      [
        ...ACTOR_TYPES.map((ty) => ({ label: t('New actor: {0}', t(ty)), type: ty as ActorType | undefined })),
        { label: t('Alias of an existing actor…'), type: undefined },
      ],
      { title: t('Add “{0}” to the registry as…', name) },
    );
    if (!choice) return;
    if (!choice.type) {
      const actors = await (await this.client).sendRequest(RegistryActorsRequest, {});
      const target = await vscode.window.showQuickPick(
        actors.sort((a, b) => a.canonical.localeCompare(b.canonical)).map((a) => ({ label: a.canonical, description: t(a.type) })),
        { title: t('“{0}” is another name of…', name), matchOnDescription: true },
      );
      if (target) await this.apply({ op: 'addAlias', canonical: target.label, alias: name });
      return;
    }
    const canonical = await vscode.window.showInputBox({ title: t('Canonical name'), value: name, prompt: t('The name every mention of this actor is shown as.') });
    if (!canonical?.trim()) return;
    await this.apply({ op: 'addActor', canonical: canonical.trim(), type: choice.type, aliases: [name] });
  }

  private async notAnActor(path?: string, start?: number, end?: number): Promise<void> {
    await this.apply({ op: 'notActor', name: await this.surface(path, start, end) });
  }
}
