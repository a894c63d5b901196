// A list with a batch action (the evaluations for a decision, the units of a round for 催报): the heading's checkbox
// chooses every row of the page.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  var table = all ? all.closest('table') : null;
  if (!table) {
    return;
  }
  var picks = function () {
    return Array.prototype.slice.call(table.querySelectorAll('input.pick'));
  };
  all.addEventListener('change', function () {
    picks().forEach(function (box) { box.checked = all.checked; });
  });
  table.addEventListener('change', function (event) {
    if (event.target.classList.contains('pick')) {
      var boxes = picks();
      all.checked = boxes.length > 0 && boxes.every(function (box) { return box.checked; });
    }
  });
});
