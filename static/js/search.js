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
