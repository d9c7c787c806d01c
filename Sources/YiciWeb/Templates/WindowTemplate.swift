/// `/window`: the clerk opens or pastes an application; the questionnaire of its service
/// opens with it, its materials as the counter's check list.
enum WindowTemplate {
  static let text = """
    <h1>{{w.window}}</h1>
    <p class="lead">{{w.windowLead}}</p>
    {{#error}}<div class="form-errors" role="alert" id="form-errors" tabindex="-1"><p>{{error}}</p></div>{{/error}}
    <form method="post" action="/window?lang={{lang}}" class="window">
    <p class="field"><label for="f-application">{{w.paste}}</label>
    <textarea id="f-application" name=":application" rows="12" spellcheck="false"{{#error}} aria-invalid="true" aria-describedby="form-errors"{{/error}}>{{pasted}}</textarea></p>
    <p class="field js-only"><label for="f-file">{{w.openApplication}}</label> <input type="file" id="f-file" accept=".json,application/json"></p>
    <p class="actions"><button type="submit" class="primary">{{w.openApplication}}</button></p>
    </form>
    """
}
