/**
 * A small JSON Schema (draft 2020-12) validator for exactly the keywords the Briffio pack schema
 * uses. The test that compares the published schema with the zod schema needs an independent
 * validator; this one refuses any keyword it does not implement, so a schema that grows a new
 * keyword fails loudly instead of being half-checked.
 */

type Schema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default']);
const KEYWORDS = new Set([
  ...ANNOTATIONS,
  'type',
  'properties',
  'required',
  'additionalProperties',
  'const',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'items',
  'oneOf',
  'anyOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

/** Errors as "path: problem" lines; empty when `value` is valid. */
export function validateJsonSchema(schema: Schema, value: unknown, path = ''): string[] {
  for (const keyword of Object.keys(schema)) {
    if (!KEYWORDS.has(keyword)) throw new Error(`json-schema-subset: keyword "${keyword}" at ${path || '(root)'} is not implemented`);
  }
  const errors: string[] = [];
  const at = path || '(root)';
  const type = schema['type'] as string | string[] | undefined;
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  if (types.length > 0 && !types.some((one) => hasType(value, one))) return [`${at}: expected ${types.join(' or ')}`];
  if ('const' in schema && value !== schema['const']) errors.push(`${at}: expected ${JSON.stringify(schema['const'])}`);
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value)) errors.push(`${at}: not one of the allowed values`);
  if (typeof value === 'string') {
    if (typeof schema['minLength'] === 'number' && [...value].length < schema['minLength']) errors.push(`${at}: too short`);
    if (typeof schema['maxLength'] === 'number' && [...value].length > schema['maxLength']) errors.push(`${at}: too long`);
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) errors.push(`${at}: does not match ${schema['pattern']}`);
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) errors.push(`${at}: below minimum`);
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) errors.push(`${at}: above maximum`);
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) errors.push(`${at}: not above minimum`);
    if (typeof schema['exclusiveMaximum'] === 'number' && value >= schema['exclusiveMaximum']) errors.push(`${at}: not below maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) errors.push(`${at}: too few items`);
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) errors.push(`${at}: too many items`);
    if (schema['items']) value.forEach((item, index) => errors.push(...validateJsonSchema(schema['items'] as Schema, item, `${path}${path ? '.' : ''}${index}`)));
  }
  if (isObject(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const name of (schema['required'] ?? []) as string[]) if (!(name in value)) errors.push(`${path}${path ? '.' : ''}${name}: required`);
    for (const [name, child] of Object.entries(value)) {
      const childPath = `${path}${path ? '.' : ''}${name}`;
      if (properties[name]) errors.push(...validateJsonSchema(properties[name], child, childPath));
      else if (schema['additionalProperties'] === false) errors.push(`${childPath}: not allowed`);
      else if (isObject(schema['additionalProperties'])) errors.push(...validateJsonSchema(schema['additionalProperties'] as Schema, child, childPath));
    }
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => validateJsonSchema(option, value, path).length === 0).length;
    if (keyword === 'oneOf' ? passing !== 1 : passing === 0) errors.push(`${at}: matches ${passing} of the ${keyword} schemas`);
  }
  return errors;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      throw new Error(`json-schema-subset: type "${type}" is not implemented`);
  }
}
