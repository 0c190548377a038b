// A publication date as Create Dossier takes it: a whole day, YYYY-MM-DD.
import { isValidPartialDate } from '../../core/dates';

export function isFullDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value);
}
