// What kind of thing each drug is (drug-classes.yaml), indexed by the words that name it.

import drugClassData from './drug-classes.yaml';
import { builtInTherapies } from './therapies.js';

export interface DrugClass {
  id: string;
  /** True descriptions; the first is preferred. */
  classes: string[];
  mechanism?: { target: string; action: string };
}

interface Entry {
  names?: string[];
  classes: string[];
  mechanism?: { target: string; action: string };
}

const entries = (drugClassData as { drugs: Record<string, Entry> }).drugs;

/** Drug by each one-word name, lower case (names from drug-classes.yaml and therapies.yaml). */
export const drugByName: ReadonlyMap<string, DrugClass> = (() => {
  const map = new Map<string, DrugClass>();
  for (const [id, e] of Object.entries(entries)) {
    const drug: DrugClass = { id, classes: e.classes, mechanism: e.mechanism };
    const therapy = builtInTherapies.find((t) => t.id === id);
    for (const name of [...(e.names ?? []), ...(therapy?.names ?? [])]) {
      if (!/[\s-]/.test(name)) map.set(name.toLowerCase(), drug);
    }
  }
  return map;
})();
