/* Concord reading view: comfort only, the page works without it.
   - hovering or focusing a paragraph highlights its row in every column;
   - j/k or the arrow keys move between rows (roving tabindex);
   - the ¶ links copy the paragraph's address;
   - #pp-3--pp-5 highlights a range of rows; #pp-5 (a merged row) its row.
   No inline script or style: the CSP forbids both. */
(function () {
  "use strict";

  var rows = Array.prototype.slice.call(document.querySelectorAll(".aligned .row"));
  if (!rows.length) { return; }
  var active = null;

  function rowOf(node) {
    return node && node.closest ? node.closest(".row") : null;
  }

  function activate(row) {
    if (active === row) { return; }
    if (active) {
      active.classList.remove("is-active");
      active.querySelectorAll(".cell").forEach(function (c) { c.classList.remove("is-aligned"); });
    }
    active = row;
    if (row) {
      row.classList.add("is-active");
      row.querySelectorAll(".cell").forEach(function (c) { c.classList.add("is-aligned"); });
    }
  }

  var aligned = document.querySelector(".aligned");
  aligned.addEventListener("mouseover", function (event) {
    var row = rowOf(event.target);
    if (row) { activate(row); }
  });
  aligned.addEventListener("mouseleave", function () { activate(null); });
  aligned.addEventListener("focusin", function (event) {
    var row = rowOf(event.target);
    if (row) { activate(row); }
  });

  /* roving tabindex: one row is in the tab order, the arrows move it */
  var current = rows[0];
  current.tabIndex = 0;
  function focusRow(row) {
    if (!row) { return; }
    current.tabIndex = -1;
    current = row;
    row.tabIndex = 0;
    row.focus();
    activate(row);
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || event.target.isContentEditable) { return; }
    var inRow = rowOf(event.target) !== null || event.target === document.body;
    var key = event.key;
    var step = 0;
    if (key === "j" || (inRow && key === "ArrowDown")) { step = 1; }
    if (key === "k" || (inRow && key === "ArrowUp")) { step = -1; }
    if (!step) { return; }
    var from = rowOf(event.target) || active || current;
    var index = rows.indexOf(from);
    var next = rows[Math.min(rows.length - 1, Math.max(0, index + step))];
    event.preventDefault();
    focusRow(next);
  });

  /* copy a paragraph's permalink; the link still navigates to it */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.permalink, a.row-link") : null;
    if (!link) { return; }
    var url = location.href.split("#")[0] + link.getAttribute("href");
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(function () {
        link.classList.add("is-copied");
        setTimeout(function () { link.classList.remove("is-copied"); }, 1500);
      }, function () { /* clipboard refused: the address bar has it */ });
    }
  });

  /* #pp-3--pp-5: a range of rows; #pp-5 inside a merged row: that row */
  function byId(id) {
    try { return document.getElementById(decodeURIComponent(id)); } catch (e) { return null; }
  }
  function markHash() {
    document.querySelectorAll(".row.is-in-range").forEach(function (r) { r.classList.remove("is-in-range"); });
    var hash = location.hash.slice(1);
    if (!hash) { return; }
    var parts = hash.split("--");
    var first = rowOf(byId(parts[0]));
    var last = parts.length === 2 ? rowOf(byId(parts[1])) : first;
    if (!first || !last) { return; }
    var a = rows.indexOf(first), b = rows.indexOf(last);
    if (a > b) { var t = a; a = b; b = t; }
    for (var i = a; i <= b; i++) { rows[i].classList.add("is-in-range"); }
    if (parts.length === 2 || byId(parts[0]).classList.contains("row-alias")) {
      rows[a].scrollIntoView({ block: "start" });
    }
    current.tabIndex = -1;
    current = rows[a];
    current.tabIndex = 0;
  }
  window.addEventListener("hashchange", markHash);
  markHash();
})();
