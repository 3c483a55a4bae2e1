/** A tiny evaluator for our own generated formulas (IF/AND/MIN/ISNUMBER/ABS/COUNT/AVERAGE over plain cell refs): tests check the logic, not just the text. */
export function evalFormula(formula: string, cells: Readonly<Record<string, number | string | null>>): unknown {
  const fns = {
    IF: (c: unknown, a: unknown, b: unknown) => (c ? a : b),
    AND: (...xs: unknown[]) => xs.every(Boolean),
    MIN: (...xs: number[]) => Math.min(...xs),
    ISNUMBER: (x: unknown) => typeof x === 'number',
    ABS: (x: number) => Math.abs(x),
    COUNT: (...xs: unknown[]) => xs.filter((x) => typeof x === 'number').length,
    AVERAGE: (...xs: unknown[]) => {
      const n = xs.filter((x): x is number => typeof x === 'number');
      return n.reduce((a, b) => a + b, 0) / n.length;
    },
  };
  const js = formula
    .replace(/"([^"]*)"/g, (_m, s: string) => JSON.stringify(s))
    .replace(/(?<![A-Za-z"])([A-Z]{1,2}\d+)(?![A-Za-z(])/g, (_m, ref: string) => `cell(${JSON.stringify(ref)})`)
    .replace(/([^<>])=([^=])/g, '$1===$2')
    .replace(/<>/g, '!==');
  const cell = (ref: string) => cells[ref] ?? null;
  return new Function('f', 'cell', `with (f) { return (${js}); }`)(fns, cell);
}
