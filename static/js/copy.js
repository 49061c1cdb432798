/* Copy buttons: the citation, the permalink, a section's link ("复制本节链接"). */
(function () {
  "use strict";
  var buttons = document.querySelectorAll(".copy-button");
  if (!buttons.length) return;

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  function permalink(anchor) {
    // The report's own address, without a search's highlighting parameters.
    var url = new URL(window.location.href);
    url.search = "";
    url.hash = anchor;
    return url.href;
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  function textOf(button) {
    if (button.dataset.copyAnchor) return permalink(button.dataset.copyAnchor);
    if (button.dataset.copyFrom) {
      var source = document.getElementById(button.dataset.copyFrom);
      return source ? source.textContent.trim() : "";
    }
    return button.dataset.copyText || "";
  }

  buttons.forEach(function (button) {
    var holder = button.closest("[hidden]");
    if (holder) holder.hidden = false;
    var label = button.textContent;
    button.addEventListener("click", function () {
      var text = textOf(button);
      button.setAttribute("data-copied", text);
      copy(text).then(function () {
        button.textContent = "已复制";
        status.textContent = "已复制到剪贴板";
      }, function () {
        status.textContent = "无法复制，请手动选择：" + text;
      });
      window.setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
})();
