import type { TCommand } from '../command';

export const migrate: TCommand = {
  summary: 'Apply pending database migrations (the admin also does this at start).',
  usage: '',
  positionals: { min: 0, max: 0 },
  async run() {
    // Opening the database applies the migrations; reaching here means they are in.
    console.log('Migrations applied.');
    return 0;
  },
};
