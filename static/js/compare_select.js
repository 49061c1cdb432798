// Search results: tick two reports, "比较所选" submits /reports/compare/?ids=a&ids=b, which
// redirects to /reports/<earlier>/compare/<later>/ (the same without JavaScript). The script
// only keeps the button off until exactly two are ticked and says how many are.
(function () {
  "use strict";
  var form = document.getElementById("compare-form");
  if (!form) return;
  var button = form.querySelector(".js-compare-go");
  var hint = form.querySelector(".js-compare-hint");
  function picked() {
    return Array.prototype.filter.call(
      document.querySelectorAll(".js-compare-pick"), function (box) { return box.checked; });
  }
  function sync() {
    var n = picked().length;
    button.disabled = n !== 2;
    hint.textContent = n === 2 ? "已选两份。" : n > 2 ? "只能比较两份，请取消多余的勾选。" : "勾选两份报告后比较（已选 " + n + " 份）。";
  }
  document.querySelectorAll(".js-compare-pick").forEach(function (box) {
    box.addEventListener("change", sync);
  });
  form.addEventListener("submit", function (event) {
    if (picked().length !== 2) event.preventDefault();
  });
  sync();
})();
