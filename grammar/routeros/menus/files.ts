/**
 * /file (the router's files) and /log (reading and writing the system log).
 * Manual: Files; Log.
 */
import { command, int, itemMenu, oneOf, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { withReadOnly, without } from './common.js';

export const file: MenuSpec = without(withReadOnly(itemMenu('/file', {
  name: T.string,
  contents: T.string,
  type: oneOf('directory', 'file'),
}, {
  commands: ['add', 'set', 'remove', 'print', 'find', 'get', 'edit'],
  extra: { read: command({ file: T.name, 'chunk-size': int(1, 4294967295), offset: int(0, Number.MAX_SAFE_INTEGER) }, { flags: ['as-value'] }) },
}), { size: T.any, 'last-modified': T.any }), ['comment', 'disabled', 'copy-from']);

/** `/log info "text"`: the message is the first unnamed argument. */
const write = command({ message: T.string }, { positional: ['message'], required: ['message'] });

export const log: MenuSpec = without(withReadOnly(itemMenu('/log', {}, {
  commands: ['print', 'find', 'get'],
  extra: { info: write, warning: write, error: write, debug: write },
}), { message: T.string, topics: T.any, time: T.any, buffer: T.name }), ['comment', 'disabled']);

export const FILE_MENUS: readonly MenuSpec[] = [file, log];
