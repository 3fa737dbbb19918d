/* Timeline explorer: the host page's half of an embed, for CMSs without pym.js.
 *
 *   <iframe src="…/?embed=1" data-timeline-explorer="timeline" title="…" style="width:100%;border:0" height="900"></iframe>
 *   <script src="…/embed.js" async></script>
 *
 * Sizes each such iframe from its height messages, and keeps its view (filters, open event) in this
 * page's URL fragment as #<name>=<query>, so a link copied from this page reopens the same view in
 * the iframe. Acts only on messages of our exact shape whose source is one of our iframes' windows.
 */
(function () {
  'use strict';
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-timeline-explorer]'));
  if (!frames.length) return;

  function nameOf(frame, i) {
    var name = frame.getAttribute('data-timeline-explorer');
    return /^[\w-]{1,40}$/.test(name) ? name : 'explorer' + (i || '');
  }

  // The fragment as name → value pairs, leaving anything else in it alone.
  function readFragment() {
    var pairs = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq > 0) pairs[part.slice(0, eq)] = part.slice(eq + 1);
    });
    return pairs;
  }

  function writeFragment(pairs) {
    var parts = [];
    for (var key in pairs) if (pairs[key]) parts.push(key + '=' + pairs[key]);
    var hash = parts.length ? '#' + parts.join('&') : '';
    if (hash !== location.hash) history.replaceState(history.state, '', location.pathname + location.search + hash);
  }

  // A query string as the explorer writes it: only its own characters, never a URL of its own.
  function safeQuery(q) {
    return typeof q === 'string' && q.length <= 4000 && /^(\?[\w.~%+=&,*-]*)?$/.test(q);
  }

  // On load, a view saved in the fragment goes back into its iframe.
  var saved = readFragment();
  frames.forEach(function (frame, i) {
    var value = saved[nameOf(frame, i)];
    if (!value) return;
    var query;
    try { query = decodeURIComponent(value); } catch (e) { return; }
    if (!safeQuery(query)) return;
    var url = new URL(frame.getAttribute('src'), location.href);
    var framing = new URLSearchParams(url.search);
    var view = new URLSearchParams(query);
    // Keep how the host frames it (embed, theme); take everything else from the saved view.
    ['embed', 'theme'].forEach(function (k) { if (framing.has(k)) view.set(k, framing.get(k)); });
    url.search = view.toString();
    frame.src = url.toString();
  });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'timeline-explorer') return;
    for (var i = 0; i < frames.length; i++) {
      if (event.source !== frames[i].contentWindow) continue;
      var frame = frames[i];
      if (typeof data.height === 'number' && isFinite(data.height) && data.height > 0 && data.height < 100000) {
        frame.style.height = Math.ceil(data.height) + 'px';
      }
      if (safeQuery(data.query)) {
        var pairs = readFragment();
        pairs[nameOf(frame, i)] = encodeURIComponent(data.query);
        writeFragment(pairs);
      }
      return;
    }
  });
})();
