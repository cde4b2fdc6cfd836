/* Site-wide behaviour that is ours, not Material's. */
(function () {
  "use strict";
  /* The language switch goes to the twin page (partials/alternate.html) and keeps the anchor:
     section ids are the same in both languages (#fix, #cause...). */
  document.querySelectorAll("a.md-select__link[data-twin]").forEach(function (a) {
    a.addEventListener("click", function () {
      if (location.hash && a.href.indexOf("#") === -1) a.href = a.href + location.hash;
    });
  });
})();
