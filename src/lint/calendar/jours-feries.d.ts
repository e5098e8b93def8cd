// The package ships no typings. It is CommonJS and exports the function itself (`module.exports = getJoursFeries`),
// hence `export =`; import it as a default import (esModuleInterop).
declare module "@socialgouv/jours-feries" {
  /** French public holidays of `year`, name → local midnight `Date`; `alsace` adds Good Friday and 26 December. */
  function getJoursFeries(year: number, options?: { alsace?: boolean }): { [name: string]: Date };
  export = getJoursFeries;
}
