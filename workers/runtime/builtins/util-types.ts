// util.types: Node's type checks, from brand tags and prototypes (a worker has a single realm, so these are exact).

const tag = (value: unknown) => Object.prototype.toString.call(value).slice(8, -1);
const is = (name: string) => (value: unknown) => typeof value === 'object' && value !== null && tag(value) === name;
const TypedArray = Object.getPrototypeOf(Uint8Array) as abstract new () => ArrayBufferView;
const typedArray = (name: string) => (value: unknown) => value instanceof TypedArray && tag(value) === name;
const AsyncFunction = (async () => undefined).constructor;
const GeneratorFunction = function* () {}.constructor;
const AsyncGeneratorFunction = async function* () {}.constructor;
const boxed = (Kind: { prototype: object }) => (value: unknown) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Kind.prototype;
const iteratorOf = (sample: object) => {
  const proto = Object.getPrototypeOf(sample) as object;
  return (value: unknown) => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === proto;
};

export function createUtilTypes() {
  const isNumberObject = boxed(Number);
  const isStringObject = boxed(String);
  const isBooleanObject = boxed(Boolean);
  const isBigIntObject = boxed(BigInt);
  const isSymbolObject = boxed(Symbol);
  const isArrayBuffer = (value: unknown) => value instanceof ArrayBuffer;
  const isSharedArrayBuffer = (value: unknown) => typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer;
  return {
    isAnyArrayBuffer: (value: unknown) => isArrayBuffer(value) || isSharedArrayBuffer(value),
    isArgumentsObject: is('Arguments'),
    isArrayBuffer,
    isArrayBufferView: (value: unknown) => ArrayBuffer.isView(value),
    isAsyncFunction: (value: unknown) => value instanceof AsyncFunction || value instanceof AsyncGeneratorFunction,
    isBigInt64Array: typedArray('BigInt64Array'),
    isBigUint64Array: typedArray('BigUint64Array'),
    isBooleanObject,
    isBoxedPrimitive: (value: unknown) =>
      isNumberObject(value) || isStringObject(value) || isBooleanObject(value) || isBigIntObject(value) || isSymbolObject(value),
    isBigIntObject,
    isCryptoKey: (value: unknown) => typeof CryptoKey !== 'undefined' && value instanceof CryptoKey,
    isDataView: (value: unknown) => value instanceof DataView,
    isDate: (value: unknown) => value instanceof Date,
    isExternal: () => false,
    isFloat32Array: typedArray('Float32Array'),
    isFloat64Array: typedArray('Float64Array'),
    isGeneratorFunction: (value: unknown) => value instanceof GeneratorFunction || value instanceof AsyncGeneratorFunction,
    isGeneratorObject: is('Generator'),
    isInt8Array: typedArray('Int8Array'),
    isInt16Array: typedArray('Int16Array'),
    isInt32Array: typedArray('Int32Array'),
    isKeyObject: () => false,
    isMap: (value: unknown) => value instanceof Map,
    isMapIterator: iteratorOf(new Map().entries()),
    isModuleNamespaceObject: is('Module'),
    isNativeError: is('Error'),
    isNumberObject,
    isPromise: (value: unknown) => value instanceof Promise,
    // A proxy cannot be told from its target by script.
    isProxy: () => false,
    isRegExp: (value: unknown) => value instanceof RegExp,
    isSet: (value: unknown) => value instanceof Set,
    isSetIterator: iteratorOf(new Set().entries()),
    isSharedArrayBuffer,
    isStringObject,
    isSymbolObject,
    isTypedArray: (value: unknown) => value instanceof TypedArray,
    isUint8Array: typedArray('Uint8Array'),
    isUint8ClampedArray: typedArray('Uint8ClampedArray'),
    isUint16Array: typedArray('Uint16Array'),
    isUint32Array: typedArray('Uint32Array'),
    isWeakMap: (value: unknown) => value instanceof WeakMap,
    isWeakSet: (value: unknown) => value instanceof WeakSet,
  };
}
