/* Concord reading view: comfort only, the page works without it.
   - hovering or focusing a paragraph highlights its row in every column;
   - j/k or the arrow keys move between rows (roving tabindex);
   - the ¶ links copy the paragraph's address;
   - #pp-3--pp-5 highlights a range of rows; #pp-5 (a merged row) its row;
   - "go to paragraph" jumps without a round trip when the row is on the page;
   - the language picker and the interface language links keep the row
     being read (its #anchor);
   - a citation gets a "Copy" button;
   - on a long document, an #anchor on another page of rows opens that page.
   No inline script or style: the CSP forbids both. */
(function () {
  "use strict";

  /* the row in the address (#op-5), else the one at the top of the window */
  function currentRowId() {
    if (location.hash.length > 1) { return location.hash.slice(1); }
    var rows = document.querySelectorAll(".aligned .row");
    for (var i = 0; i < rows.length; i++) {
      var box = rows[i].getBoundingClientRect();
      if (box.bottom > 60) { return i === 0 && box.top >= 0 ? "" : rows[i].id; }
    }
    return "";
  }

  /* interface language: come back to the same row */
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest(".interface-languages a") : null;
    if (!link) { return; }
    var row = currentRowId();
    var next = location.pathname + location.search + (row ? "#" + row : "");
    var code = new URL(link.href, location.href).searchParams.get("ui");
    link.href = "/language/?ui=" + encodeURIComponent(code) + "&next=" + encodeURIComponent(next);
  });

  /* the picker keeps the row being read */
  var picker = document.querySelector("form.picker");
  if (picker) {
    picker.addEventListener("submit", function () {
      var row = currentRowId();
      if (row) { picker.action = picker.action.split("#")[0] + "#" + row; }
    });
  }

  /* a long document is read a page of rows at a time: an address whose row
     is on another page (#op-812, #en-op-812, #pp-3--pp-5) asks the server
     for it (?go=), which answers with the right page */
  var paged = document.querySelector("article.reading.is-paged");
  if (paged && location.hash.length > 1) {
    var wanted = decodeURIComponent(location.hash.slice(1)).split("--")[0];
    if (!document.getElementById(wanted)) {
      var query = new URLSearchParams(location.search);
      query.delete("page");
      query.set("go", wanted.replace(/^(ar|zh|en|fr|ru|es)-/, ""));
      location.replace(location.pathname + "?" + query.toString());
    }
  }

  /* go to paragraph: "5" -> #op-5, "pp 3" -> #pp-3, else ask the server */
  var goTo = document.querySelector("form.go-to");
  if (goTo) {
    goTo.addEventListener("submit", function (event) {
      var asked = (goTo.elements.go.value || "").trim().toLowerCase();
      var ids = [asked, "op-" + asked, asked.replace(/\s+/g, "-"),
                 "op-" + asked.replace(/[\s().]+/g, "-").replace(/-+$/, "")];
      for (var i = 0; i < ids.length; i++) {
        var target = ids[i] && document.getElementById(ids[i]);
        if (target && (target.classList.contains("row") || target.classList.contains("row-alias"))) {
          event.preventDefault();
          location.hash = ids[i];
          return;
        }
      }
    });
  }

  /* copy a citation ("A/RES/75/16, para. 5, https://...") */
  var article = document.querySelector("article.reading");
  if (article && navigator.clipboard && navigator.clipboard.writeText) {
    var copyLabel = article.getAttribute("data-copy-label") || "Copy";
    var copiedLabel = article.getAttribute("data-copied-label") || "Copied";
    document.querySelectorAll(".citation").forEach(function (citation) {
      var text = citation.querySelector(".citation-text");
      var link = citation.querySelector(".citation-link");
      if (!text || !link) { return; }
      var cited = text.textContent + ", " + link.getAttribute("href");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-citation";
      button.textContent = copyLabel;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(cited).then(function () {
          button.textContent = copiedLabel;
          setTimeout(function () { button.textContent = copyLabel; }, 1500);
        }, function () { /* refused: the text is there to select */ });
      });
      (citation.querySelector("p") || citation).appendChild(button);
    });
  }

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
