import { z } from 'zod';
import { CHANNELS, contract } from '../../../shared/contract';

export const help = `haven channels
  Prints the whole IPC contract as JSON: [{ channel, access, audit, summary, input, output }],
  with input and output as JSON Schema.`;

export function describeContract() {
  return CHANNELS.map((ch) => {
    const spec = contract[ch];
    return {
      channel: ch,
      access: spec.access,
      audit: spec.audit,
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
