// The finance bureau's review (jixiao.review): on the 复核 worksheet, a deduction picked from the scale fixes the row's
// 复核分 (the scale's rule, which the server checks again) and the total follows; in the unit's editor, the rows a
// reviewer commented on are marked, again after every live re-score (htmx swaps the sheet).
(function () {
  if (window.jixiaoReview) {
    window.jixiaoReview.markCommentedRows();
    return;
  }

  // as jixiao.shared.Points: two decimals, half up
  function round2(x) {
    return Math.round((x + Number.EPSILON) * 100) / 100;
  }

  function scoreOf(row, option) {
    var computed = parseFloat(row.dataset.computed);
    var weight = parseFloat(row.dataset.weight);
    if (!option || !option.value) {
      return computed;
    }
    var deducted = option.dataset.share !== undefined
      ? round2(weight * parseFloat(option.dataset.share))
      : round2(parseFloat(option.dataset.points));
    return Math.max(0, round2(computed - deducted));
  }

  function recomputeTotal() {
    var output = document.getElementById('recheck-total');
    if (!output) {
      return;
    }
    var total = 0;
    document.querySelectorAll('#recheck-rows input.recheck-score').forEach(function (input) {
      var value = parseFloat(input.value);
      if (!isNaN(value)) {
        total += value;
      }
    });
    output.textContent = round2(total).toFixed(2);
  }

  function onWorksheetChange(event) {
    var target = event.target;
    if (target.matches && target.matches('#recheck-rows select.deduction')) {
      var row = target.closest('tr');
      var input = row.querySelector('input.recheck-score');
      input.value = scoreOf(row, target.selectedOptions[0]).toFixed(2);
    }
    if (target.closest && target.closest('#recheck-rows')) {
      recomputeTotal();
    }
  }

  function markCommentedRows() {
    document.querySelectorAll('#review-notes [data-row]').forEach(function (note) {
      var anchor = document.getElementById(note.dataset.row);
      var row = anchor ? anchor.closest('tr') : null;
      if (row && !row.classList.contains('has-comment')) {
        row.classList.add('has-comment');
        row.title = note.dataset.text || '';
      }
    });
  }

  window.jixiaoReview = { markCommentedRows: markCommentedRows };
  document.addEventListener('change', onWorksheetChange);
  document.addEventListener('input', function (event) {
    if (event.target.closest && event.target.closest('#recheck-rows')) {
      recomputeTotal();
    }
  });
  document.addEventListener('htmx:afterSettle', markCommentedRows);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      recomputeTotal();
      markCommentedRows();
    });
  } else {
    recomputeTotal();
    markCommentedRows();
  }
})();
