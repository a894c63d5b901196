// The 项目支出绩效自评表 editor. Picking an entry of the 常用指标库 arms the "add" button beside it with that entry and
// is not a change of the sheet: it must not re-score (htmx re-scores the sheet on every other change). The listener
// runs in the capture phase on the document, before the form's, so that it still works after htmx replaces the sheet.
// (An inline onchange handler and an hx-trigger filter did this before; the Content-Security-Policy allows neither.)
document.addEventListener(
  "change",
  function (event) {
    var pick = event.target;
    if (pick && pick.id === "library") {
      var add = document.getElementById("library-add");
      if (add) {
        add.value = "library:" + pick.value;
      }
      event.stopPropagation();
    }
  },
  true
);
