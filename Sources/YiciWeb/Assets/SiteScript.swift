/// `/assets/site.js`: plain JavaScript, no library. Every page works without it; with it,
/// the catalogue filters as one types, and the questionnaire asks `/v1/questions` and
/// `/v1/notices` on every answer and shows the new decision in place (`renderDecision`
/// writes the markup of the decision template). `data-update-ms` on the decision region
/// records how long the last answer took to show, for the browser tests.
enum SiteScript {
  static let text = #"""
    (function () {
      "use strict";
      document.documentElement.classList.add("js");
      function $(selector, root) { return (root || document).querySelector(selector); }
      function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
      function escapeHTML(text) {
        return String(text).replace(/[&<>"']/g, function (c) {
          return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
        });
      }
      function quoted(text) {
        return JSON.stringify(String(text)).replace(/[<>&\u2028\u2029]/g, function (c) {
          return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4);
        });
      }
      all("[data-action=print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
      });

      // The catalogue: filter the cards by name, alias, department or id as one types.
      var search = $("form.search input[type=search]");
      if (search) {
        search.addEventListener("input", function () {
          var query = search.value.trim().toLowerCase();
          var any = false;
          all(".card").forEach(function (card) {
            var match = query === "" || card.getAttribute("data-search").indexOf(query) >= 0;
            card.hidden = !match;
            any = any || match;
          });
          $("#no-match").hidden = any;
        });
      }

      // The window: open a file into the text area.
      var file = $("#f-file");
      if (file) {
        file.addEventListener("change", function () {
          if (!file.files.length) return;
          var reader = new FileReader();
          reader.onload = function () { $("#f-application").value = reader.result; };
          reader.readAsText(file.files[0]);
        });
      }

      var form = $("#questionnaire");
      if (!form) return;
      var model = JSON.parse($("#yici-form").textContent);
      var words = model.words;
      var region = $("#decision");
      var sequence = 0;

      $("[data-action=save-json]").addEventListener("click", function () {
        var blob = new Blob([$("#application-json").value], { type: "application/json" });
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = model.id + ".application.json";
        document.body.appendChild(link);
        link.click();
        link.remove();
      });

      function halfWidth(text) {
        return text.replace(/[\uFF01-\uFF5E]/g, function (c) { return String.fromCharCode(c.charCodeAt(0) - 0xFEE0); });
      }
      function answerOf(fact) {
        if (fact.type === "bool" || fact.type === "options") {
          var checked = $("input[type=radio][name=\"" + CSS.escape(fact.id) + "\"]:checked", form);
          return checked ? checked.value : "";
        }
        var input = form.elements.namedItem(fact.id);
        return input ? input.value.trim() : "";
      }
      // An answer as a JSON value, read as the server reads a posted form.
      function read(text, fact) {
        switch (fact.type) {
          case "bool":
            return { json: text === "true" ? "true" : "false" };
          case "number":
            var digits = halfWidth(text);
            if (fact.unit && digits.slice(-fact.unit.length) === fact.unit) digits = digits.slice(0, -fact.unit.length).trim();
            if (/^-?[0-9]+(\.[0-9]+)?$/.test(digits)) return { json: digits.replace(/^(-?)0+(?=[0-9])/, "$1") };
            return { error: "'" + text + "' is not a number; " + fact.id + " takes a number" +
              (fact.unit ? " in " + fact.unit : "") + ", e.g. 120 or 10.5" };
          case "date":
            if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(halfWidth(text))) return { json: quoted(halfWidth(text)) };
            return { error: "'" + text + "' is not a date; " + fact.id + " takes a date as YYYY-MM-DD" };
          default:
            return { json: quoted(text) };
        }
      }
      function ticked(name) {
        return all("input[type=checkbox][name=\"" + name + "\"]:checked", form).map(function (box) { return box.value; })
          .filter(function (id, index, ids) { return ids.indexOf(id) === index; });
      }
      // The application's interchange JSON, laid out as the server lays it out.
      function build() {
        var facts = [], errors = {}, answered = {};
        model.facts.forEach(function (fact) {
          var text = answerOf(fact);
          if (text === "") return;
          answered[fact.id] = true;
          var value = read(text, fact);
          if (value.error) errors[fact.id] = value.error; else facts.push("    " + quoted(fact.id) + ": " + value.json);
        });
        var date = form.elements.namedItem(":date").value.trim();
        var json = "{\n  " + quoted(model.kind) + ": " + quoted(model.id) + ",\n";
        json += "  \"date\": " + quoted(date) + ",\n  \"facts\": {" + (facts.length ? "\n" + facts.join(",\n") + "\n  }" : "}");
        [["materials", ":material"], ["shared", ":shared"], ["commitments", ":commitment"]].forEach(function (pair) {
          json += ",\n  " + quoted(pair[0]) + ": [" + ticked(pair[1]).map(quoted).join(", ") + "]";
        });
        return { json: json + "\n}\n", errors: errors, answered: answered };
      }

      function list(kind, heading, items, line) {
        if (!items.length) return "";
        return "<h3>" + escapeHTML(heading) + "</h3>\n<ul class=\"" + kind + "\">" + items.map(line).join("") + "</ul>";
      }
      function name(id) { return model.names[id] || id; }
      function material(id) { return "<li data-material=\"" + escapeHTML(id) + "\">" + escapeHTML(name(id)) + "</li>"; }
      // The one-line summary that stays on top of a narrow screen, as the template writes it.
      function showSummary(decision) {
        var bar = $("#decision-summary");
        if (!bar) return;
        var outcome = bar.querySelector(".outcome");
        outcome.className = "outcome outcome-" + decision.outcome;
        outcome.textContent = model.outcomes[decision.outcome] || decision.outcome;
        var missing = bar.querySelector(".summary-missing");
        missing.hidden = decision.materials.missing.length === 0;
        missing.textContent = " · " + words.toBring + "：" + decision.materials.missing.length;
        bar.hidden = false;
      }

      // The decision region, as the decision template writes it.
      function renderDecision(decision) {
        var m = decision.materials;
        var html = "<h2 id=\"decision-heading\">" + escapeHTML(words.decision) + "：<span class=\"outcome outcome-" +
          escapeHTML(decision.outcome) + "\">" + escapeHTML(model.outcomes[decision.outcome] || decision.outcome) + "</span></h2>\n";
        html += list("reasons", words.reasons, decision.reasons, function (reason) {
          return "<li>" + escapeHTML(reason.text) + (reason.basis ? "<br><small>" + escapeHTML(words.basis) + "：" +
            escapeHTML(reason.basis) + "</small>" : "") + "</li>";
        });
        html += list("missing", words.toBring, m.missing, material);
        html += list("waived", words.waived, m.waived, function (waived) {
          return "<li data-material=\"" + escapeHTML(waived.id) + "\">" + escapeHTML(name(waived.id)) +
            (waived.due ? " — " + escapeHTML(words.due) + " " + escapeHTML(waived.due) : "") + "</li>";
        });
        html += list("exempt", words.exempt, m.exempt, material);
        html += list("committed", words.committed, m.committed, material);
        html += list("undetermined", words.undetermined, m.undetermined, material);
        html += list("provided", words.provided, m.provided, material);
        html += list("commitments", words.sign, decision.commitments, function (c) { return "<li>" + escapeHTML(c.text) + "</li>"; });
        var d = decision.deadlines;
        if (d) {
          html += "<dl class=\"dates\">";
          if (d.accepted) html += "<dt>" + escapeHTML(words.accepted) + "</dt><dd>" + escapeHTML(d.accepted) + "</dd>";
          if (d.immediate) html += "<dt>" + escapeHTML(words.immediate) + "</dt><dd>" + escapeHTML(words.yes) + "</dd>";
          if (d.promised) html += "<dt>" + escapeHTML(words.promised) + "</dt><dd class=\"promised\">" + escapeHTML(d.promised) + "</dd>";
          if (d.statutory) html += "<dt>" + escapeHTML(words.statutory) + "</dt><dd>" + escapeHTML(d.statutory) + "</dd>";
          html += "</dl>";
        }
        html += list("warnings", words.warnings, decision.warnings, function (w) { return "<li>" + escapeHTML(w) + "</li>"; });
        return html;
      }

      // Show the questions that matter now: those answered stay where they are, newly asked
      // ones are added at the end in the decision's order (most decisive first).
      function showQuestions(decision, built) {
        var asked = decision ? decision.questions.map(function (q) { return q.fact; }) : [];
        (decision ? decision.materials.undetermined : []).forEach(function (material) {
          (model.dependsOn[material] || []).forEach(function (fact) {
            if (!built.answered[fact] && asked.indexOf(fact) < 0) asked.push(fact);
          });
        });
        var list = $("#questions");
        all(".question", list).forEach(function (item) {
          var id = item.getAttribute("data-fact");
          var shown = !!built.answered[id] || asked.indexOf(id) >= 0 || !!built.errors[id];
          if (shown && item.hidden) list.appendChild(item);
          item.hidden = !shown;
          all("input", item).forEach(function (input) { input.disabled = !shown; });
          var error = $(".field-error", item);
          error.textContent = built.errors[id] || "";
          error.hidden = !built.errors[id];
          all("input", item).forEach(function (input) {
            if (built.errors[id]) { input.setAttribute("aria-invalid", "true"); input.setAttribute("aria-describedby", "e-" + id); }
            else { input.removeAttribute("aria-invalid"); }
          });
        });
        $("#no-questions").hidden = asked.length > 0;
        if (!decision) return;
        var m = decision.materials;
        var listed = m.required.concat(m.undetermined, m.missing);
        all(".material", form).forEach(function (item) {
          var id = item.getAttribute("data-material");
          var anyTicked = all("input:checked", item).length > 0;
          item.hidden = !(listed.indexOf(id) >= 0 || anyTicked);
        });
      }

      function showProblem(message) {
        var box = $("#live-errors");
        if (!box) {
          box = document.createElement("div");
          box.id = "live-errors";
          box.className = "form-errors";
          box.setAttribute("role", "alert");
          form.insertBefore(box, form.firstChild);
        }
        box.hidden = !message;
        box.textContent = message ? words.formError + " " + message : "";
      }

      function post(path, body) {
        return fetch(path + "?lang=" + encodeURIComponent(model.lang), {
          method: "POST", headers: { "Content-Type": "application/json" }, body: body
        }).then(function (response) {
          return response.json().then(function (json) {
            if (!response.ok) throw new Error(json.error || response.statusText);
            return json;
          });
        });
      }

      // The clerk's window: an accepted decision of a service can open a case (电子监察).
      // The application is decided again through the decision log (`?open_case=true`), so
      // the case stands on a decision on record; the case is then read back for its clock.
      var caseBox = $("#case");
      var opening = false;
      function showCase(decision) {
        if (!caseBox) return;
        var opens = model.kind === "service" &&
          (decision.outcome === "accepted" || decision.outcome === "accepted_with_waiver");
        caseBox.hidden = !opens && !$("#case-result").textContent;
        $("#open-case").disabled = !opens || opening;
      }
      function caseHTML(file) {
        var clock = file.clock || {};
        var rows = [[words.caseStatus, model.states[file.status] || file.status], [words.accepted, file.accepted]];
        if (clock.due) rows.push([clock.watched === "statutory" ? words.statutory : words.promised, clock.due]);
        if (clock.statutory_due && clock.watched !== "statutory") rows.push([words.statutory, clock.statutory_due]);
        if (clock.warning) rows.push([words.warningDate, clock.warning]);
        var html = "<p><strong>" + escapeHTML(words.caseOpened) + "：<span id=\"case-id\">" + escapeHTML(file.case_id) +
          "</span></strong></p><dl class=\"case-clock\">";
        rows.forEach(function (row) { html += "<dt>" + escapeHTML(row[0]) + "</dt><dd>" + escapeHTML(row[1]) + "</dd>"; });
        html += "</dl>";
        if (file.waived.length) {
          html += "<h3>" + escapeHTML(words.waivedDue) + "</h3><ul class=\"case-waived\">";
          file.waived.forEach(function (item) {
            html += "<li data-material=\"" + escapeHTML(item.id) + "\">" + escapeHTML(name(item.id)) +
              (item.due ? "：" + escapeHTML(item.due) : "") + "</li>";
          });
          html += "</ul>";
        }
        return html;
      }
      if (caseBox) $("#open-case").addEventListener("click", function () {
        var result = $("#case-result");
        opening = true;
        $("#open-case").disabled = true;
        fetch("/v1/decisions?open_case=true&explanation=false&trace=false&lang=" + encodeURIComponent(model.lang), {
          method: "POST", headers: { "Content-Type": "application/json" }, body: build().json
        }).then(function (response) {
          return response.json().then(function (json) {
            if (!response.ok) throw new Error(json.error || response.statusText);
            var id = response.headers.get("Yici-Case-Id");
            if (!id) throw new Error(words.noCase);
            return fetch("/v1/cases/" + encodeURIComponent(id)).then(function (answer) {
              return answer.json().then(function (file) {
                if (!answer.ok) throw new Error(file.error || answer.statusText);
                return file;
              });
            });
          });
        }).then(function (file) {
          result.innerHTML = caseHTML(file);
          caseBox.setAttribute("data-case", file.case_id);
        }, function (error) {
          result.innerHTML = "<p class=\"form-errors\" role=\"alert\">" + escapeHTML(error.message) + "</p>";
          opening = false;
          $("#open-case").disabled = false;
        });
      });

      showCase({ outcome: region.getAttribute("data-outcome") });

      function update(started) {
        var mine = ++sequence;
        var built = build();
        $("#application-json").value = built.json;
        var questions = post("/v1/questions", built.json);
        var notice = post("/v1/notices", built.json).catch(function () { return null; });
        Promise.all([questions, notice]).then(function (answers) {
          if (mine !== sequence) return;
          var decision = answers[0];
          region.innerHTML = renderDecision(decision);
          region.setAttribute("data-outcome", decision.outcome);
          showSummary(decision);
          showCase(decision);
          showQuestions(decision, built);
          showProblem("");
          var box = $("#notice");
          var text = answers[1] && decision.outcome !== "needs_information" ? answers[1].notice : "";
          $("#notice-text").textContent = text;
          box.hidden = !text;
          region.setAttribute("data-update-ms", (performance.now() - started).toFixed(1));
          region.setAttribute("data-updates", String(mine));
        }, function (error) {
          if (mine !== sequence) return;
          showQuestions(null, built);
          showProblem(error.message);
          region.setAttribute("data-updates", String(mine));
        });
      }

      var timer = null;
      form.addEventListener("change", function () { clearTimeout(timer); update(performance.now()); });
      form.addEventListener("input", function (event) {
        if (event.target.type === "radio" || event.target.type === "checkbox") return;
        clearTimeout(timer);
        timer = setTimeout(function () { update(performance.now()); }, 300);
      });
      form.addEventListener("submit", function (event) {
        if (event.submitter && event.submitter.name === ":format") return;
        event.preventDefault();
        update(performance.now());
      });
      form.setAttribute("data-ready", "1");
    })();
    """#
}
