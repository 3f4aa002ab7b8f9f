// Types for the browser ports of Node modules that ship without their own, described by Node's types they mirror.

declare module 'events/events.js' {
  import { EventEmitter } from 'node:events';
  export default EventEmitter;
}

declare module 'string_decoder/lib/string_decoder.js' {
  export { StringDecoder } from 'node:string_decoder';
}

declare module 'readable-stream/lib/stream.js' {
  import Stream from 'node:stream';
  export default Stream;
}

declare module 'process/browser.js' {
  const process: { nextTick: (callback: (...args: any[]) => void, ...args: any[]) => void };
  export default process;
}
