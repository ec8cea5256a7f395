// Lists the operations of /api/openapi.json, grouped by tag, for people to browse.
(function () {
  'use strict';
  fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
    var target = document.getElementById('operations');
    target.textContent = '';
    var groups = {};
    Object.keys(doc.paths).forEach(function (path) {
      Object.keys(doc.paths[path]).forEach(function (method) {
        var op = doc.paths[path][method];
        var tag = (op.tags && op.tags[0]) || 'Other';
        (groups[tag] = groups[tag] || []).push({ path: path, method: method.toUpperCase(), op: op });
      });
    });
    Object.keys(groups).forEach(function (tag) {
      var h = document.createElement('h2');
      h.textContent = tag;
      target.appendChild(h);
      var list = document.createElement('dl');
      groups[tag].forEach(function (entry) {
        var dt = document.createElement('dt');
        var code = document.createElement('code');
        code.textContent = entry.method + ' ' + entry.path;
        dt.appendChild(code);
        var dd = document.createElement('dd');
        dd.textContent = entry.op.summary + ' · answers ' + Object.keys(entry.op.responses).join(', ');
        list.appendChild(dt);
        list.appendChild(dd);
      });
      target.appendChild(list);
    });
  });
})();
