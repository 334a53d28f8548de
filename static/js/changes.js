/* Concord changes page: comfort only, the page works without it.
   - the "Hide unchanged paragraphs" button shows or hides unchanged rows
     in place (without it, the "Show changes only" link reloads the page);
   - n / p move to the next or previous change (changed, new or dropped).
   No inline script or style: the CSP forbids both. */
(function () {
  "use strict";

  var list = document.querySelector(".changes-list");
  if (!list) { return; }
  var toggle = document.querySelector(".toggle-unchanged");
  var current = null;

  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var hiding = list.classList.toggle("hide-unchanged");
      toggle.setAttribute("aria-pressed", hiding ? "true" : "false");
      toggle.textContent = hiding ? "Show unchanged paragraphs" : "Hide unchanged paragraphs";
    });
  }

  function changes() {
    return Array.prototype.slice.call(
      list.querySelectorAll(".change-row:not(.status-unchanged)")
    );
  }

  function go(step) {
    var rows = changes();
    if (!rows.length) { return; }
    var index = current ? rows.indexOf(current) : -1;
    if (index === -1 && location.hash) {
      index = rows.indexOf(document.getElementById(location.hash.slice(1)));
    }
    var next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
    if (step < 0 && index === -1) { next = rows[0]; }
    if (current) { current.classList.remove("is-current"); }
    current = next;
    current.classList.add("is-current");
    current.focus({ preventScroll: true });
    current.scrollIntoView({ block: "center" });
    if (history.replaceState) { history.replaceState(null, "", "#" + current.id); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target && /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)) { return; }
    if (event.key === "n") { go(1); event.preventDefault(); }
    if (event.key === "p") { go(-1); event.preventDefault(); }
  });
}());
