import type { TCommand } from '../command';
import { consentsVerify, purge } from './consents';
import { demo } from './demo';
import { doctor } from './doctor';
import { exportCommand } from './export';
import { exportCsv } from './export-csv';
import { importCommand } from './import';
import { migrate } from './migrate';
import { ocdLoad, ocdStatusCommand } from './ocd';
import { publicCommand } from './public';
import { publish } from './publish';
import { scan } from './scan';
import { userCreate } from './user-create';
import { webhookAdd, webhookList } from './webhook';
import { worker } from './worker';

/** Every command by its name as typed; names may be two words ("user create"). */
export const commands: Record<string, TCommand> = {
  migrate,
  'user create': userCreate,
  demo,
  import: importCommand,
  'export-csv': exportCsv,
  publish,
  export: exportCommand,
  'ocd load': ocdLoad,
  'ocd status': ocdStatusCommand,
  purge,
  'consents verify': consentsVerify,
  scan,
  public: publicCommand,
  // The public plane's first name, when it served consents only.
  collector: { ...publicCommand, summary: 'The former name of `public`; the same server.' },
  'webhook add': webhookAdd,
  'webhook list': webhookList,
  doctor,
  worker,
};
