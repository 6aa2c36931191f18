import * as zxingNamespace from '@zxing/library';

type ZxingLibrary = typeof zxingNamespace;

/**
 * @zxing/library as one object: bundlers read its ES modules (named exports), Node reads its CommonJS build, where
 * the names only sit on the default export.
 */
export const zxing: ZxingLibrary = (zxingNamespace as unknown as { readonly default?: ZxingLibrary }).default ?? zxingNamespace;
