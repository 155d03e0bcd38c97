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
      if (target && window.htmx) { htmx.trigger(target, 'live-refresh'); }
    }
  });
});
