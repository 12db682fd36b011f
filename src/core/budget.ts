// The per-document time budget (config `timeBudgetMs`): a rule past it is stopped, not awaited,
// so that one slow rule on one odd file never freezes the editor or stalls CI.

/** Thrown inside a rule when the document's time budget is spent; the rule stops, its findings stay. */
export class BudgetExceeded extends Error {
  constructor() {
    super('time budget spent');
    this.name = 'BudgetExceeded';
  }
}
