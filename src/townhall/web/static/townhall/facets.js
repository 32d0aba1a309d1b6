// Long facet lists get a filter box: typing narrows the list to the matching entries (the rest
// stays folded in its <details> without JavaScript). Runs again after htmx swaps in new results.
(function () {
  "use strict";

  function entries(box) {
    var list = document.getElementById(box.getAttribute("data-facet-filter"));
    var more = document.querySelector('[data-facet-more="' + list.id + '"]');
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    if (more) items = items.concat(Array.prototype.slice.call(more.querySelectorAll("li")));
    return { items: items, more: more };
  }

  function narrow(box) {
    var wanted = box.value.trim().toLocaleLowerCase();
    var found = entries(box);
    found.items.forEach(function (item) {
      item.hidden = wanted !== "" && item.textContent.toLocaleLowerCase().indexOf(wanted) === -1;
    });
    if (found.more && wanted !== "") found.more.open = true;
  }

  function prepare(root) {
    Array.prototype.forEach.call(root.querySelectorAll(".facet-filter[hidden]"), function (wrapper) {
      var box = wrapper.querySelector("[data-facet-filter]");
      wrapper.hidden = false;
      box.addEventListener("input", function () { narrow(box); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { prepare(document); });
  document.addEventListener("htmx:afterSwap", function (event) { prepare(event.target); });
})();
