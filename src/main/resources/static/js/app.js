// Global behaviour. No inline scripts anywhere (Content-Security-Policy script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  // htmx requests carry the CSRF token from the page's meta tags.
  document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Elements with data-live-url subscribe to Server-Sent Events and ask htmx to refresh
  // their target (data-live-target) when an event arrives.
  document.querySelectorAll('[data-live-url]').forEach(function (el) {
    if (!window.EventSource) { return; }
    var source = new EventSource(el.getAttribute('data-live-url'));
    source.onmessage = refresh;
    ['changed', 'ticket-changed', 'notification'].forEach(function (name) { source.addEventListener(name, refresh); });
    function refresh() {
      var target = document.querySelector(el.getAttribute('data-live-target') || '#' + el.id);
      if (!target || !window.htmx) { return; }
      // Never throw away what someone is typing: offer a reload instead.
      if (hasUserInput(target)) { showStaleNotice(el, target); return; }
      htmx.trigger(target, 'live-refresh');
    }
  });

  function hasUserInput(container) {
    var fields = container.querySelectorAll('textarea, input[type=text], input[type=file]');
    for (var i = 0; i < fields.length; i++) {
      var f = fields[i];
      if ((f.type === 'file' && f.files && f.files.length > 0) || (f.type !== 'file' && f.value.trim() !== '')) { return true; }
    }
    return false;
  }

  function showStaleNotice(source, target) {
    if (document.getElementById('live-stale-notice')) { return; }
    var notice = document.createElement('div');
    notice.id = 'live-stale-notice';
    notice.className = 'alert alert-info d-flex flex-wrap align-items-center gap-2';
    notice.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.textContent = source.getAttribute('data-live-stale-text') || 'Updated.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-primary';
    button.textContent = source.getAttribute('data-live-reload-text') || 'Reload';
    button.addEventListener('click', function () { window.location.reload(); });
    notice.appendChild(text);
    notice.appendChild(button);
    target.parentNode.insertBefore(notice, target);
  }
});

// "Previous page" links of the error pages (no inline scripts: CSP).
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('[data-history-back]');
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
