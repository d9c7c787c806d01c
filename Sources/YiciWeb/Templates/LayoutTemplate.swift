/// The frame of every page: the skip link, the site's navigation with the language switch,
/// the main region, and the one script (the pages work without it).
enum LayoutTemplate {
  static let text = """
    <!DOCTYPE html>
    <html lang="{{htmlLang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · {{w.site}}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/assets/site.css">
    {{#pageStyle}}
    <style>
    {{{pageStyle}}}
    </style>
    {{/pageStyle}}
    </head>
    <body data-page="{{page}}" data-lang="{{lang}}">
    <a class="skip" href="#main">{{w.skip}}</a>
    <header class="site">
    <nav aria-label="{{w.navigation}}">
    <a href="/?lang={{lang}}"{{#atCatalogue}} aria-current="page"{{/atCatalogue}}>{{w.catalogue}}</a>
    <a href="/window?lang={{lang}}"{{#atWindow}} aria-current="page"{{/atWindow}}>{{w.window}}</a>
    <a href="/report?lang={{lang}}"{{#atReport}} aria-current="page"{{/atReport}}>{{w.report}}</a>
    <a href="{{otherLanguageURL}}" lang="{{otherHTMLLang}}" hreflang="{{otherHTMLLang}}">{{w.otherLanguage}}</a>
    </nav>
    </header>
    <main id="main" tabindex="-1">
    {{{content}}}
    </main>
    <script src="/assets/site.js" defer></script>
    </body>
    </html>

    """
}
