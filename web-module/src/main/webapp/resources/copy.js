// The licence page's "copy" button: puts the key on the clipboard and says so (no inline script: CSP).
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  var text = document.getElementById(button.getAttribute("data-copy")).textContent.trim();
  navigator.clipboard.writeText(text).then(function () {
    var label = button.textContent;
    button.textContent = button.getAttribute("data-copied");
    setTimeout(function () { button.textContent = label; }, 2000);
  });
});
