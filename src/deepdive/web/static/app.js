// deepdive: keyboard shortcuts, and a guard against double submits. Pages work without it.
"use strict";
(function () {
  let pending = null; // the "g" of a two-key shortcut
  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (pending === "g") {
      pending = null;
      const link = document.querySelector(`nav a[data-key="${event.key}"]`);
      if (link) { event.preventDefault(); link.click(); }
      return;
    }
    if (event.key === "g") { pending = "g"; return; }
    if (event.key === "/") {
      const field = document.querySelector("main input:not([type=hidden]), main select");
      if (field) { event.preventDefault(); field.focus(); }
    }
  });
  // A second click while the first answer is on its way would only be refused by the server.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
  });
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[data-sent]").forEach((form) => { delete form.dataset.sent; });
  });
})();
