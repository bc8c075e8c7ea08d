// deepdive: keyboard shortcuts (review keys too), and a guard against double submits.
// Pages work without it.
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
    if (reviewKey(event)) { event.preventDefault(); return; }
    if (event.key === "/") {
      // The page's first field, even inside a closed <details> (Plan, Reflection): open it.
      const field = document.querySelector("main input:not([type=hidden]), main select, main textarea");
      if (field) {
        event.preventDefault();
        for (let box = field.closest("details"); box; box = box.parentElement.closest("details")) {
          box.open = true;
        }
        field.focus();
      }
    }
  });
  // Review: Space shows the answer, 1-4 answer once it is shown, u undoes the last answer.
  // A focused button or summary keeps its own Space (it clicks or toggles already).
  const shownAt = performance.now();
  function reviewKey(event) {
    const reveal = document.getElementById("reveal");
    if (event.key === " " && reveal && !/^(BUTTON|SUMMARY|A)$/.test(event.target.tagName)) {
      reveal.open = true;
      return true;
    }
    if (/^[1-4]$/.test(event.key) && reveal && reveal.open) {
      const button = document.querySelector(`#answer-form button[data-answer="${event.key}"]`);
      if (button) { button.click(); return true; }
    }
    if (event.key === "u") {
      const undo = document.getElementById("undo");
      if (undo) { undo.click(); return true; }
    }
    return false;
  }
  document.addEventListener("submit", (event) => {
    const ms = event.target.querySelector("input[name=ms]");
    if (ms) ms.value = String(Math.round(performance.now() - shownAt));
  }, true);
  // A second click while the first answer is on its way would only be refused by the server.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
  });
  // A note's size as the server counts it (bytes of UTF-8), and a refusal before sending.
  document.querySelectorAll("textarea[data-max-bytes]").forEach((area) => {
    const limit = Number(area.dataset.maxBytes);
    const shown = document.getElementById("note-size");
    const check = () => {
      const bytes = new TextEncoder().encode(area.value).length;
      const over = bytes > limit;
      area.setCustomValidity(over ? "The note is over 1 MB; shorten or split it." : "");
      if (shown) shown.textContent = `${Math.ceil(bytes / 1024)} KB of ${limit / 1024 / 1024} MB`;
    };
    area.addEventListener("input", check);
    check();
  });
  window.addEventListener("pageshow", () => {
    document.querySelectorAll("form[data-sent]").forEach((form) => { delete form.dataset.sent; });
  });
})();
