// Where the generated tariff-actions file lives, relative to the repository.
export const TARIFF_FILE = 'lib/kb/data/tariff-actions.json';
