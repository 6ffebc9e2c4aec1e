// Preloaded with `node -r` before the Portkey gateway: its CLI has no host option and would listen on
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
