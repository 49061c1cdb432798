/* Report page niceties; the page works fully without them. */
(function () {
  "use strict";
  var toc = document.querySelector(".toc");
  if (!toc) return;

  // On a phone the outline starts folded, so the text comes first.
  var details = toc.querySelector("details");
  if (details && window.matchMedia && window.matchMedia("(max-width: 59.99rem)").matches) {
    details.open = false;
  }

  // Mark the outline entry of the section being read.
  if (!("IntersectionObserver" in window)) return;
  var links = {};
  toc.querySelectorAll("a[data-toc-for]").forEach(function (a) {
    links[a.getAttribute("data-toc-for")] = a;
  });
  var current = null;
  function select(id) {
    var link = links[id];
    if (!link || link === current) return;
    if (current) { current.classList.remove("is-current"); current.removeAttribute("aria-current"); }
    link.classList.add("is-current");
    link.setAttribute("aria-current", "location");
    current = link;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) select(entry.target.id);
    });
  }, { rootMargin: "0px 0px -70% 0px" });
  document.querySelectorAll(".section-heading[id]").forEach(function (h) { observer.observe(h); });
})();
