/// `/services/{id}/apply`, `/bundles/{id}/apply` (and the clerk's window once an application
/// is open): the questions that matter now, the materials, the decision so far, the notice
/// and the application as interchange JSON. Each question's input is named by its fact id;
/// the decision region carries `data-outcome`. On a narrow screen, where the decision comes
/// after the form, a one-line summary of it (`#decision-summary`) stays at the top while one
/// answers.
enum QuestionnaireTemplate {
  static let text = """
    <h1>{{#clerk}}{{w.window}}：{{/clerk}}{{name}}</h1>
    <p class="meta">{{#department}}{{w.department}}：{{department}} · {{/department}}<a href="{{guideURL}}">{{w.guide}}</a></p>
    <p id="decision-summary" class="summary-bar no-print"{{^decision}} hidden{{/decision}}><a href="#decision">{{w.decision}}：<span class="outcome outcome-{{decision.outcome}}">{{decision.label}}</span><span class="summary-missing"{{^decision.hasMissing}} hidden{{/decision.hasMissing}}> · {{w.toBring}}：{{decision.missingCount}}</span></a></p>
    <div class="apply">
    <form id="questionnaire" class="questionnaire" method="post" action="{{action}}" novalidate
     data-kind="{{kind}}" data-id="{{id}}" data-lang="{{lang}}">
    {{#hasErrors}}
    <div class="form-errors" role="alert" id="form-errors" tabindex="-1">
    <p>{{w.formError}}</p>
    <ul>{{#errors}}<li><a href="#{{target}}">{{message}}</a></li>{{/errors}}</ul>
    </div>
    {{/hasErrors}}
    <p class="field"><label for="f-date">{{w.date}}</label>
    <input type="date" id="f-date" name=":date" value="{{date}}" required></p>
    <section aria-labelledby="questions-heading">
    <h2 id="questions-heading">{{w.questions}}</h2>
    <p class="lead">{{w.questionsLead}}</p>
    <p id="no-questions" class="empty"{{^noQuestions}} hidden{{/noQuestions}}>{{w.noQuestions}}</p>
    <ol id="questions" class="questions">
    {{#facts}}
    <li class="question" data-fact="{{id}}" data-type="{{type}}"{{^shown}} hidden{{/shown}}>
    {{#isChoice}}
    <fieldset{{#hasError}} aria-describedby="e-{{id}}"{{/hasError}}>
    <legend>{{question}}</legend>
    {{#choices}}<label class="choice"><input type="radio" name="{{factID}}" id="{{inputID}}" value="{{value}}"{{#checked}} checked{{/checked}}{{^shown}} disabled{{/shown}}> {{label}}</label>
    {{/choices}}
    </fieldset>
    {{/isChoice}}
    {{^isChoice}}
    <label for="f-{{id}}">{{question}}</label>
    <span class="typed"><input type="{{inputType}}" id="f-{{id}}" name="{{id}}" value="{{value}}"{{#isNumber}} inputmode="decimal"{{/isNumber}}{{#hasError}} aria-invalid="true" aria-describedby="e-{{id}}"{{/hasError}}{{^shown}} disabled{{/shown}}>{{#unit}} <span class="unit">{{unit}}</span>{{/unit}}</span>
    {{/isChoice}}
    <p class="field-error" id="e-{{id}}"{{^hasError}} hidden{{/hasError}}>{{error}}</p>
    </li>
    {{/facts}}
    </ol>
    </section>
    <section aria-labelledby="materials-heading">
    <h2 id="materials-heading">{{#clerk}}{{w.counter}}{{/clerk}}{{^clerk}}{{w.materials}}{{/clerk}}</h2>
    <p class="lead">{{#clerk}}{{w.counterLead}}{{/clerk}}{{^clerk}}{{w.materialsLead}}{{/clerk}}</p>
    <ul id="materials" class="materials">
    {{#materials}}
    <li class="material" data-material="{{id}}"{{^shown}} hidden{{/shown}}>
    <fieldset>
    <legend>{{name}}</legend>
    {{#hasAlternatives}}<p class="hint">{{w.anyOf}}</p>{{/hasAlternatives}}
    {{#choices}}<label class="choice"><input type="checkbox" name=":material" value="{{value}}"{{#checked}} checked{{/checked}}> {{label}}</label>
    {{/choices}}
    {{#shared}}<label class="choice"><input type="checkbox" name=":shared" value="{{id}}"{{#sharedChecked}} checked{{/sharedChecked}}> {{w.platformSupplies}}</label>
    {{/shared}}
    {{#commitment}}<label class="choice"><input type="checkbox" name=":commitment" value="{{id}}"{{#committed}} checked{{/committed}}> {{w.signCommitment}}</label>
    {{/commitment}}
    {{#basis}}<p class="basis">{{w.basis}}：{{basis}}</p>{{/basis}}
    </fieldset>
    </li>
    {{/materials}}
    </ul>
    {{#hasConditionCommitments}}
    <h3>{{w.conditionCommitments}}</h3>
    <ul class="materials">
    {{#conditionCommitments}}<li><label class="choice"><input type="checkbox" name=":commitment" value="{{id}}"{{#checked}} checked{{/checked}}> {{text}}</label>{{#basis}}<p class="basis">{{w.basis}}：{{basis}}</p>{{/basis}}</li>
    {{/conditionCommitments}}
    </ul>
    {{/hasConditionCommitments}}
    </section>
    <p class="actions no-print"><button type="submit" class="primary" id="update">{{w.update}}</button>
    <button type="submit" name=":format" value="json">{{w.downloadJSON}}</button></p>
    </form>
    <section id="decision" class="decision" data-outcome="{{decision.outcome}}" aria-live="polite" aria-labelledby="decision-heading">
    {{{decisionHTML}}}
    </section>
    </div>
    <section id="notice" class="notice" aria-labelledby="notice-heading"{{^notice}} hidden{{/notice}}>
    <h2 id="notice-heading">{{w.notice}}</h2>
    <pre id="notice-text">{{notice}}</pre>
    <p class="no-print"><button type="button" class="js-only" data-action="print">{{w.print}}</button></p>
    </section>
    {{#clerk}}
    <section id="case" class="case no-print" aria-labelledby="case-heading" hidden>
    <h2 id="case-heading">{{w.caseHeading}}</h2>
    <p class="lead">{{w.caseLead}}</p>
    <p><button type="button" class="primary" id="open-case">{{w.openCase}}</button></p>
    <div id="case-result" role="status" aria-live="polite"></div>
    </section>
    {{/clerk}}
    <section id="interchange" class="no-print" aria-labelledby="json-heading">
    <h2 id="json-heading">{{w.applicationJSON}}</h2>
    <label class="visually-hidden" for="application-json">{{w.applicationJSON}}</label>
    <textarea id="application-json" readonly rows="10" spellcheck="false">{{applicationJSON}}</textarea>
    <p><button type="button" class="js-only" data-action="save-json">{{w.saveJSON}}</button></p>
    </section>
    <script type="application/json" id="yici-form">{{{clientJSON}}}</script>
    """
}
