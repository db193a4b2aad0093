/**
 * /container (basic): containers, registry settings, environment lists and
 * mounts, as RouterOS 7.24 names them (`envlists=`/`mountlists=`, lists keyed by `list=`).
 * Container is an extra package. Manual: Container.
 */
import { command, itemMenu, settingsMenu, T } from '../build.js';
import type { MenuSpec } from '../types.js';
import { LIST_COMMANDS, ON_ITEMS, without } from './common.js';

const ITEM = { value: T.any } as const;
const onOne = command({ number: ITEM }, { positional: ['number'], required: ['number'] });

export const container: MenuSpec = without(itemMenu('/container', {
  name: T.name,
  'remote-image': T.string,
  interface: { value: T.name, list: true },
  envlists: { value: T.name, list: true },
  mountlists: { value: T.name, list: true },
  'root-dir': T.string,
  'layer-dir': T.string,
  hostname: T.string,
  'domain-name': T.string,
  dns: { value: T.host, list: true },
  cmd: T.string,
  entrypoint: T.string,
  workdir: T.string,
  user: T.string,
  logging: T.yesno,
  'start-on-boot': T.yesno,
  'check-certificate': T.yesno,
  'restart-interval': T.time,
  'stop-time': T.time,
  'memory-high': T.any,
  'memory-max': T.any,
}, {
  commands: ['add', 'set', 'remove', 'print', 'find', 'export', 'comment', 'get', 'edit', 'unset'],
  extra: {
    start: ON_ITEMS,
    stop: ON_ITEMS,
    restart: onOne,
    repull: onOne,
    shell: command({ number: ITEM, cmd: T.string, user: T.string }, { positional: ['number'], required: ['number'] }),
  },
}), ['disabled']);

export const config: MenuSpec = settingsMenu('/container config', {
  'registry-url': T.string,
  username: T.string,
  password: T.string,
  tmpdir: T.string,
  'layer-dir': T.string,
  'memory-high': T.any,
});

export const envs: MenuSpec = itemMenu('/container envs', {
  list: T.name,
  key: T.string,
  value: T.string,
}, { required: ['list', 'key'], commands: LIST_COMMANDS });

export const mounts: MenuSpec = itemMenu('/container mounts', {
  list: T.name,
  src: T.string,
  dst: T.string,
}, { required: ['list', 'src', 'dst'], commands: LIST_COMMANDS });

export const CONTAINER_MENUS: readonly MenuSpec[] = [container, config, envs, mounts];
