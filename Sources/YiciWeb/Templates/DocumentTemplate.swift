/// A guide or the report: the body of the self-contained page the CLI writes (the same
/// content as `yici guide` and `yici report`), under the site's frame, with its actions.
enum DocumentTemplate {
  static let text = """
    <div class="document">
    {{{body}}}
    </div>
    {{#applyURL}}
    <p class="actions no-print"><a class="primary" href="{{applyURL}}">{{w.apply}}</a>
    <button type="button" class="js-only" data-action="print">{{w.printGuide}}</button></p>
    {{/applyURL}}
    """
}
