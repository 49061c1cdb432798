// Search page: submit the form when the sort order changes (the page works without JS:
// a visible "应用排序" button does the same and is hidden once this script runs).
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  form.querySelectorAll(".js-hide-with-js").forEach(function (el) { el.hidden = true; });
  form.querySelectorAll("select.js-autosubmit").forEach(function (select) {
    select.addEventListener("change", function () { form.submit(); });
  });
})();

// The filters panel (templates/search/_filters.html): collapsed on a phone, where it sits
// above the results, open beside them on a wider screen.
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters || !window.matchMedia) return;
  var phone = window.matchMedia("(max-width: 640px)");
  function sync() { filters.open = !phone.matches; }
  sync();
  if (phone.addEventListener) phone.addEventListener("change", sync);
})();
