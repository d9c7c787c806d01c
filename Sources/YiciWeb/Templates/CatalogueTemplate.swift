/// `/`: the services and bundles, with a search that works as a plain form and, with
/// scripts on, filters as one types.
enum CatalogueTemplate {
  static let text = """
    <h1>{{w.catalogue}}</h1>
    <form class="search" method="get" action="/" role="search">
    <input type="hidden" name="lang" value="{{lang}}">
    <label for="q">{{w.searchLabel}}</label>
    <div class="row"><input type="search" id="q" name="q" value="{{query}}" autocomplete="off">
    <button type="submit">{{w.searchButton}}</button></div>
    </form>
    <p id="no-match" class="empty"{{#anyMatch}} hidden{{/anyMatch}}>{{w.noMatch}}</p>
    {{#groups}}
    <section aria-labelledby="h-{{key}}">
    <h2 id="h-{{key}}">{{heading}}</h2>
    <ul class="cards">
    {{#entries}}
    <li class="card" data-search="{{search}}"{{^matches}} hidden{{/matches}}>
    <h3><a href="{{guideURL}}">{{name}}</a></h3>
    <p class="meta">{{#department}}{{w.department}}：{{department}}{{/department}}{{#kind}} · {{kind}}{{/kind}}</p>
    {{#hasMembers}}<p class="meta">{{w.members}}：{{members}}</p>{{/hasMembers}}
    <p class="actions"><a href="{{guideURL}}">{{w.guide}}</a> <a class="primary" href="{{applyURL}}">{{w.apply}}</a></p>
    </li>
    {{/entries}}
    </ul>
    </section>
    {{/groups}}
    """
}
