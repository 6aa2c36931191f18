import * as zxingNamespace from '@zxing/library';

type ZxingLibrary = typeof zxingNamespace;

/**
 * @zxing/library as one object: bundlers read its ES modules (named exports), Node reads its CommonJS build, where
 * the names only sit on the default export.
 */
const commonJsExports: unknown = Reflect.get(zxingNamespace, 'default');
export const zxing: ZxingLibrary = typeof commonJsExports === 'object' && commonJsExports !== null ? (commonJsExports as ZxingLibrary) : zxingNamespace;
