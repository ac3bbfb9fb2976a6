import { z } from 'zod';
import { CHANNELS, contract } from '../../../shared/contract';

export const help = `haven channels
  Prints the whole IPC contract as JSON: [{ channel, access, audit, scope, shares, summary, input, output }],
  with input and output as JSON Schema.`;

export function describeContract() {
  return CHANNELS.map((ch) => {
    const spec = contract[ch];
    return {
      channel: ch,
      access: spec.access,
      audit: spec.audit,
      // Need-to-know and the consent gate, as declared: a reviewer reads them here without the source.
      scope: typeof spec.scope === 'object' ? { kind: spec.scope.kind, need: typeof spec.scope.need === 'function' ? 'depends on input' : spec.scope.need } : spec.scope,
      shares: spec.shares ?? null,
      summary: spec.summary,
      input: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }),
      output: z.toJSONSchema(spec.output, { io: 'output', unrepresentable: 'any' }),
    };
  });
}

export async function run(): Promise<number> {
  process.stdout.write(JSON.stringify(describeContract(), null, 2) + '\n');
  return 0;
}
