// Types for the generated standalone validator (scripts/gen-schema-validator.ts).
export declare const validate: (data: unknown) => boolean;
export default validate;
