/// The decision so far: the outcome, and every list the applicant acts on, each said once.
/// `site.js` writes the same markup from `/v1/decisions` (`renderDecision`).
enum DecisionTemplate {
  static let text = """
    <h2 id="decision-heading">{{w.decision}}：<span class="outcome outcome-{{outcome}}">{{label}}</span></h2>
    {{#hasReasons}}<h3>{{w.reasons}}</h3>
    <ul class="reasons">{{#reasons}}<li>{{text}}{{#basis}}<br><small>{{w.basis}}：{{basis}}</small>{{/basis}}</li>{{/reasons}}</ul>{{/hasReasons}}
    {{#hasMissing}}<h3>{{w.toBring}}</h3>
    <ul class="missing">{{#missing}}<li data-material="{{id}}">{{name}}</li>{{/missing}}</ul>{{/hasMissing}}
    {{#hasWaived}}<h3>{{w.waived}}</h3>
    <ul class="waived">{{#waived}}<li data-material="{{id}}">{{name}}{{#due}} — {{w.due}} {{due}}{{/due}}</li>{{/waived}}</ul>{{/hasWaived}}
    {{#hasExempt}}<h3>{{w.exempt}}</h3>
    <ul class="exempt">{{#exempt}}<li data-material="{{id}}">{{name}}</li>{{/exempt}}</ul>{{/hasExempt}}
    {{#hasCommitted}}<h3>{{w.committedWords}}</h3>
    <ul class="committed">{{#committed}}<li data-material="{{id}}">{{name}}</li>{{/committed}}</ul>{{/hasCommitted}}
    {{#hasUndetermined}}<h3>{{w.undetermined}}</h3>
    <ul class="undetermined">{{#undetermined}}<li data-material="{{id}}">{{name}}</li>{{/undetermined}}</ul>{{/hasUndetermined}}
    {{#hasProvided}}<h3>{{w.provided}}</h3>
    <ul class="provided">{{#provided}}<li data-material="{{id}}">{{name}}</li>{{/provided}}</ul>{{/hasProvided}}
    {{#hasCommitments}}<h3>{{w.sign}}</h3>
    <ul class="commitments">{{#commitments}}<li>{{text}}</li>{{/commitments}}</ul>{{/hasCommitments}}
    {{#hasDates}}<dl class="dates">
    {{#accepted}}<dt>{{w.accepted}}</dt><dd>{{accepted}}</dd>{{/accepted}}
    {{#immediate}}<dt>{{w.immediate}}</dt><dd>{{w.yes}}</dd>{{/immediate}}
    {{#promised}}<dt>{{w.promised}}</dt><dd class="promised">{{promised}}</dd>{{/promised}}
    {{#statutory}}<dt>{{w.statutory}}</dt><dd>{{statutory}}</dd>{{/statutory}}
    </dl>{{/hasDates}}
    {{#hasWarnings}}<h3>{{w.warnings}}</h3>
    <ul class="warnings">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/hasWarnings}}
    """
}
