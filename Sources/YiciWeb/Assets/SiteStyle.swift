/// `/assets/site.css`: one style sheet for every page; readable from 360 px to a desk, the
/// focus always visible, and a print style that prints the notice (or the guide) alone.
enum SiteStyle {
  static let text = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif;
      line-height: 1.6; color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
    main { display: block; max-width: 72rem; margin: 0 auto; padding: 1rem; }
    main:focus { outline: none; }
    a { color: #1554a6; }
    :focus-visible { outline: 3px solid #f0a000; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 0.5rem 1rem; z-index: 10; }
    .skip:focus { left: 0.5rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    header.site { background: #b22; color: #fff; }
    header.site nav { max-width: 72rem; margin: 0 auto; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
    header.site a { color: #fff; text-decoration: none; padding: 0.25rem 0; }
    header.site a[aria-current="page"] { text-decoration: underline; text-underline-offset: 0.3em; }
    header.site a:last-child { margin-left: auto; }
    h1 { font-size: 1.5rem; line-height: 1.3; margin: 0.5rem 0; }
    h2 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
    h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
    .meta, .lead, .hint, .basis { color: #555; font-size: 0.95rem; margin: 0.25rem 0; }
    .basis { font-size: 0.85rem; }
    .empty { color: #555; font-style: italic; }
    input, button, select, textarea { font: inherit; max-width: 100%; }
    input[type="text"], input[type="search"], input[type="date"], textarea { border: 1px solid #777; border-radius: 4px;
      padding: 0.4rem 0.5rem; min-height: 2.5rem; }
    textarea { width: 100%; font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-size: 0.85rem; }
    button, .primary { display: inline-block; border: 1px solid #1554a6; border-radius: 4px; padding: 0.45rem 0.9rem;
      min-height: 2.5rem; background: #fff; color: #1554a6; cursor: pointer; text-decoration: none; }
    .primary { background: #1554a6; color: #fff; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    .search label { display: block; font-weight: 600; }
    .search .row { display: flex; gap: 0.5rem; }
    .search input { flex: 1; min-width: 0; }
    .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr)); gap: 0.75rem; }
    .card { border: 1px solid #ddd; border-radius: 6px; padding: 0.75rem 1rem; }
    .card h3 { margin: 0 0 0.25rem; font-size: 1.05rem; }
    .apply { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
    .summary-bar { position: sticky; top: 0; z-index: 2; margin: 0 0 0.75rem; padding: 0.4rem 0.75rem; background: #fff;
      border: 2px solid #1554a6; border-radius: 6px; }
    .summary-bar a { display: block; color: inherit; text-decoration: none; }
    @media (min-width: 60rem) { .apply { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
      .decision { position: sticky; top: 0.5rem; } .summary-bar { display: none; } }
    .questions, .materials { list-style: none; padding: 0; margin: 0; }
    .question, .material { border-left: 3px solid #b22; padding: 0.25rem 0 0.5rem 0.75rem; margin-bottom: 0.75rem; }
    .material { border-left-color: #1554a6; }
    fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
    legend, .question > label { font-weight: 600; padding: 0; display: block; margin-bottom: 0.25rem; }
    .choice { display: inline-flex; align-items: center; gap: 0.35rem; margin: 0.15rem 1rem 0.15rem 0; min-height: 2.25rem; }
    .choice input { width: 1.15rem; height: 1.15rem; }
    .typed { display: inline-flex; align-items: center; gap: 0.35rem; max-width: 100%; }
    .typed input { min-width: 0; width: 12rem; max-width: 100%; }
    .field label { display: block; font-weight: 600; }
    .field-error, .form-errors { color: #a00; }
    .form-errors { border: 2px solid #a00; border-radius: 6px; padding: 0.5rem 1rem; }
    [aria-invalid="true"] { border-color: #a00; border-width: 2px; }
    .decision { border: 2px solid #1554a6; border-radius: 6px; padding: 0.5rem 1rem; }
    .decision h2 { margin-top: 0.25rem; }
    .outcome { white-space: nowrap; }
    .outcome-accepted, .outcome-accepted_with_waiver { color: #166c2c; }
    .outcome-needs_correction, .outcome-needs_information { color: #8a5a00; }
    .outcome-rejected { color: #a00; }
    .decision ul { padding-left: 1.2rem; margin: 0.25rem 0; }
    .dates { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; }
    .dates dt { font-weight: 600; }
    .dates dd { margin: 0; }
    .notice pre { white-space: pre-wrap; font-family: inherit; border: 1px solid #ccc; padding: 1rem; background: #fafafa; }
    .document .scroll { overflow-x: auto; }
    .document svg { max-width: 100%; height: auto; }
    .case-clock { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1em; }
    .case-clock dd { margin: 0; }
    .js-only { display: none; }
    .js .js-only { display: inline-block; }
    @media print {
      header.site, .skip, .no-print, .js-only, .js .js-only { display: none !important; }
      main { max-width: none; padding: 0; }
      main:has(#notice:not([hidden])) > :not(#notice) { display: none !important; }
      .notice pre { border: 0; background: none; padding: 0; font-size: 11pt; }
    }
    """
}
