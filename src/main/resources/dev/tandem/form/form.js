// Tandem's client questionnaire page. One script for both uses: offline (the answers are saved as a
// file in Tandem's plain layout) and in session (each answer is sent to the page's own server as it is
// given). The settings are in the JSON block with the id "tandem-settings".
(function () {
  "use strict";
  var settings = JSON.parse(document.getElementById("tandem-settings").textContent);
  var root = document.documentElement;
  var form = document.getElementById("answers");
  var pages = Array.prototype.slice.call(document.querySelectorAll(".page"));
  var back = document.getElementById("back");
  var next = document.getElementById("next");
  var steps = document.getElementById("steps");
  var problems = document.getElementById("problems");
  var status = document.getElementById("status");
  var progressText = document.getElementById("progress-text");
  var progressBar = document.getElementById("progress-bar");
  var save = document.getElementById("save");
  var current = 0;

  root.classList.add("js");
  steps.hidden = false;
  document.getElementById("progress").hidden = false;

  function answer(column) {
    var checked = form.querySelector("input[name=\"" + column + "\"]:checked");
    return checked ? checked.value : "";
  }

  function answeredCount() {
    return settings.columns.filter(function (column) { return answer(column) !== ""; }).length;
  }

  function updateProgress() {
    var answered = answeredCount();
    progressBar.value = answered;
    progressText.textContent = answered + " of " + settings.columns.length + " answered";
  }

  function show(index, focusHeading) {
    pages[current].classList.remove("current");
    current = index;
    pages[current].classList.add("current");
    var last = current === pages.length - 1;
    var finishing = current === pages.length - 2;
    back.hidden = current === 0 || last;
    next.hidden = last;
    next.textContent = finishing ? "Finish" : "Next";
    if (focusHeading) {
      var heading = pages[current].querySelector("h2, legend");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
      window.scrollTo(0, 0);
    }
  }

  function pageOf(element) {
    for (var i = 0; i < pages.length; i++) {
      if (pages[i].contains(element)) {
        return i;
      }
    }
    return 0;
  }

  // What stops the client from finishing: the identity fields of the offline form, and every scale
  // whose minimum number of answered statements is not reached.
  function missing() {
    var found = [];
    if (settings.mode === "offline") {
      var client = document.getElementById("client");
      if (client.value.trim() === "") {
        found.push({ text: "Please type your name or the code your coach gave you.", target: client });
      }
      var couple = document.getElementById("couple");
      if (couple.value.trim() === "") {
        found.push({ text: "Please type your couple code.", target: couple });
      }
    }
    settings.rules.forEach(function (rule) {
      var open = rule.columns.filter(function (column) { return answer(column) === ""; });
      var short = rule.minimum - (rule.columns.length - open.length);
      if (short > 0) {
        var numbers = open.map(function (column) { return settings.numbers[column]; });
        found.push({
          text: "Please answer " + (short === 1 ? "one more" : short + " more") + " of statements " + numbers.join(", ") + ".",
          target: document.getElementById("statement-" + open[0])
        });
      }
    });
    return found;
  }

  function showProblems(found) {
    var list = problems.querySelector("ul");
    list.textContent = "";
    found.forEach(function (problem) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "#" + problem.target.id;
      link.textContent = problem.text;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        show(pageOf(problem.target), false);
        var focusable = problem.target.matches("input") ? problem.target : problem.target.querySelector("input");
        focusable.focus();
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    problems.hidden = false;
    problems.focus();
  }

  function send(body) {
    var headers = { "Content-Type": "application/json" };
    headers[settings.session.header] = settings.session.token;
    return fetch(settings.session.url, {
      method: "POST", credentials: "same-origin", headers: headers, body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error("status " + response.status);
      }
      status.textContent = "Saved.";
      return true;
    }).catch(function () {
      status.textContent = "Your last answer is not saved yet. Please tell your coach.";
      return false;
    });
  }

  // A CSV field as Tandem writes them: typed text that a spreadsheet would run as a formula gets a
  // leading apostrophe, and a field with a separator, quote or line break is quoted.
  function csvCell(text, typed) {
    var safe = typed && /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
    return /[",;\r\n]/.test(safe) ? "\"" + safe.replace(/"/g, "\"\"") + "\"" : safe;
  }

  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // The response file in Tandem's plain layout: a header row and one row of answers.
  function responseFile() {
    var now = new Date();
    var date = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate())
        + " " + two(now.getHours()) + ":" + two(now.getMinutes());
    var header = settings.identity.concat(settings.columns);
    var typed = [document.getElementById("client").value.trim(), document.getElementById("couple").value.trim()];
    var row = typed.map(function (text) { return csvCell(text, true); })
        .concat([date].concat(settings.columns.map(answer)).map(function (text) { return csvCell(text, false); }));
    save.download = settings.stem + "-answers-" + date.replace(/[ :]/g, "-") + ".csv";
    return "\uFEFF" + header.map(function (text) { return csvCell(text, false); }).join(",") + "\r\n"
        + row.join(",") + "\r\n";
  }

  form.addEventListener("change", function (event) {
    updateProgress();
    if (settings.mode === "session" && event.target.type === "radio") {
      send({ column: event.target.name, value: Number(event.target.value) });
    }
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
  });

  back.addEventListener("click", function () {
    problems.hidden = true;
    show(current - 1, true);
  });

  next.addEventListener("click", function () {
    if (current === pages.length - 2) {
      var found = missing();
      if (found.length > 0) {
        showProblems(found);
        return;
      }
      problems.hidden = true;
      if (settings.mode === "session") {
        // once the end is saved, the server's end page takes this page's place in the history, so
        // that Back cannot show these answers to the next person
        send({ finished: true }).then(function (saved) {
          if (saved) {
            window.location.replace(settings.session.end);
          }
        });
      }
    }
    show(current + 1, true);
  });

  if (save) {
    save.addEventListener("click", function () {
      save.href = "data:text/csv;charset=utf-8," + encodeURIComponent(responseFile());
    });
  }

  Object.keys(settings.saved || {}).forEach(function (column) {
    var input = form.querySelector("input[name=\"" + column + "\"][value=\"" + settings.saved[column] + "\"]");
    if (input) {
      input.checked = true;
    }
  });
  updateProgress();
  show(0, false);
})();
