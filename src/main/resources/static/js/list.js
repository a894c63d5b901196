// The list of evaluations: the heading's checkbox chooses every row of the page for a batch decision.
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('select-all');
  if (!all) {
    return;
  }
  var picks = function () {
    return Array.prototype.slice.call(document.querySelectorAll('#evaluations input.pick'));
  };
  all.addEventListener('change', function () {
    picks().forEach(function (box) { box.checked = all.checked; });
  });
  document.getElementById('evaluations').addEventListener('change', function (event) {
    if (event.target.classList.contains('pick')) {
      var boxes = picks();
      all.checked = boxes.length > 0 && boxes.every(function (box) { return box.checked; });
    }
  });
});
