/** The options `analyze` and `batch` read alike (src/cli/options.ts): the same words give the same results and errors. */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

const commands = [
  ['analyze', 'book.xlsx'],
  ['batch', 'folder'],
] as const;

describe.each(commands)('%s', (command, input) => {
  const parse = (...rest: string[]) => parseArgs([command, input, ...rest]);

  it('takes the thresholds, as numbers from 0 to 100', () => {
    expect(parse('--oit-weak-below', '50', '--pass-line', '80')).toMatchObject({
      command,
      oitWeakBelow: 50,
      passLine: 80,
    });
    expect(parse()).not.toHaveProperty('passLine');
  });

  it.each([
    ['--pass-line', '101'],
    ['--pass-line', 'x'],
    ['--oit-weak-below', '1e3'],
  ])('refuses %s %s naming the option and the value', (option, value) => {
    expect(parse(option, value)).toMatchObject({
      command: 'error',
      code: 'usage.badNumber',
      params: { option, value },
    });
  });

  it('an option without its value, or one it does not know, is a usage error naming it', () => {
    expect(parse('--year')).toMatchObject({
      command: 'error',
      code: 'usage.missingValue',
      params: { option: '--year' },
    });
    expect(parse('--year', '--json')).toMatchObject({ code: 'usage.missingValue', params: { option: '--year' } });
    expect(parse('--colour')).toMatchObject({
      command: 'error',
      code: 'usage.unknownOption',
      params: { option: '--colour' },
    });
  });

  it('-o is --output', () => {
    expect(parse('-o', 'out.xlsx')).toMatchObject({ command, output: 'out.xlsx' });
  });
});
