// Preloaded with `node -r` before the Portkey gateway (bench only). Its CLI has no host option and would listen on
// every interface; the benchmark keeps everything on 127.0.0.1.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args[0] !== null && typeof args[0] === 'object') {
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[1] === 'string' || args[1] === undefined) {
    args[1] = '127.0.0.1'; // listen(port, host, cb) or listen(port, undefined, cb)
  } else {
    args.splice(1, 0, '127.0.0.1'); // listen(port, cb)
  }
  return listen.apply(this, args);
};

// Portkey 1.15.2 on Node 20 adds its x-portkey-* headers to streaming responses whose headers are
// immutable and answers 500 (Portkey-AI/gateway#1389, #1550; fix proposed in #1551). Skip those header
// edits, as the proposed fix does, so streams reach the client.
for (const name of ['append', 'set', 'delete']) {
  const original = Headers.prototype[name];
  Headers.prototype[name] = function (...args) {
    try {
      return original.apply(this, args);
    } catch (error) {
      if (error instanceof TypeError && error.message === 'immutable') return undefined;
      throw error;
    }
  };
}
