/**
 * The JSON Schema editors use to complete and check `.github/postflight.yml`. Input side of the
 * zod schema: users see defaults as they write them (`10m`) and every key's description.
 */
import * as z from 'zod';
import { completeFileSchema } from './schema.js';

export const SCHEMA_ID =
  'https://raw.githubusercontent.com/postflight/postflight/main/schema/postflight.schema.json';

export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(completeFileSchema(), {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw'
  });
  const { $schema, ...rest } = generated;
  return { $schema, $id: SCHEMA_ID, title: 'Postflight configuration', ...rest };
}
