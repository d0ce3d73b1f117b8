// Preloaded into fauxqs (node --require): it listens on 0.0.0.0 with no option to change that,
// and every test server must bind to 127.0.0.1 only.
'use strict';
const net = require('node:net');
const listen = net.Server.prototype.listen;
const wildcard = new Set(['0.0.0.0', '::', '']);
net.Server.prototype.listen = function (...args) {
  if (args[0] && typeof args[0] === 'object' && wildcard.has(args[0].host ?? '')) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' && (args.length < 2 || typeof args[1] !== 'string' || wildcard.has(args[1]))) {
    args.splice(1, typeof args[1] === 'string' ? 1 : 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
