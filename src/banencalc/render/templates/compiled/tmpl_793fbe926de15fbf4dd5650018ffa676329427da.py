from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'monitor.html.j2'

def root(context, missing=missing):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_facts = resolve('facts')
    l_0_title = resolve('title')
    l_0_words = resolve('words')
    l_0_origin = resolve('origin')
    l_0_scenario_name = resolve('scenario_name')
    l_0_headline = resolve('headline')
    l_0_regime = resolve('regime')
    l_0_sections = resolve('sections')
    l_0_t = resolve('t')
    l_0_figures = resolve('figures')
    l_0_sources = resolve('sources')
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape((undefined(name='lang') if l_0_lang is missing else l_0_lang))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="banencalc '
    yield escape(environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'version'))
    yield '">\n<title>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</title>\n<style>\n  :root { --ink: #1a1a1a; --muted: #4a4a4a; --rule: #c8c8c8; --band: #f3f5f8; --link: #0b4f8a; }\n  * { box-sizing: border-box; }\n  html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;\n         color: var(--ink); background: #fff; line-height: 1.45; }\n  body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 3rem; }\n  h1 { font-size: 1.7rem; margin: 0.2rem 0 0.4rem; }\n  h2 { font-size: 1.25rem; margin: 0 0 0.6rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; }\n  h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }\n  a { color: var(--link); }\n  .kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 0.8rem; color: var(--muted); margin: 0; }\n  .meta, .note, footer { color: var(--muted); font-size: 0.9rem; }\n  section { margin: 2.2rem 0; }\n  dl.headline { display: grid; grid-template-columns: repeat(4, 1fr); gap: 0.8rem; margin: 0.8rem 0; }\n  dl.headline div { background: var(--band); border: 1px solid var(--rule); border-radius: 6px; padding: 0.7rem 0.8rem; }\n  dl.headline dt { font-size: 0.85rem; color: var(--muted); }\n  dl.headline dd { margin: 0.15rem 0 0; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }\n  .marks { font-size: 0.75rem; font-weight: 400; }\n  .marks a { display: inline-block; white-space: nowrap; }  /* a source id is not broken */\n  .mark { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3em;\n          margin-right: 0.25em; white-space: nowrap; }\n  .mark.verified { color: #1b5e20; } .mark.derived { color: #0b4f8a; } .mark.indicative { color: #8a4b00; }\n  .mark.estimated, .mark.unverified, .mark.unpublished { color: #8a1c1c; } .mark.approximate { color: #5b2a86; }\n  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 0.8rem; font-size: 0.92rem; }\n  caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }\n  /* a caption that repeats the section\'s heading is there for screen readers only */\n  .for-screen-readers { position: absolute; width: 1px; height: 1px; overflow: hidden;\n                        clip: rect(0 0 0 0); white-space: nowrap; }\n  th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.5rem; vertical-align: top; }\n  thead th { border-bottom: 2px solid var(--ink); text-align: left; }\n  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }\n  tbody th { text-align: left; font-weight: 500; }\n  tr.depth-1 th { padding-left: 1.5rem; font-weight: 400; } tr.depth-2 th { padding-left: 2.5rem; font-weight: 400; }\n  ul.lines { padding-left: 1.2rem; margin: 0.3rem 0; }\n  figure { margin: 0.8rem 0; }\n  figcaption { font-size: 0.85rem; color: var(--muted); }\n  svg.chart { width: 100%; height: auto; max-width: 46rem; display: block; }\n  svg.chart .grid { stroke: #d9d9d9; stroke-width: 1; }\n  svg.chart .axis { stroke: var(--ink); stroke-width: 1.2; }\n  svg.chart text { font-family: inherit; font-size: 12px; fill: var(--ink); }\n  .gap { border-left: 4px solid #8a4b00; background: #fff8ef; padding: 0.5rem 0.8rem; }\n  ol.sources li { margin-bottom: 0.35rem; }\n  ol.sources li.one-line { margin-bottom: 0.1rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }\n  ol.sources li:target, tr:target { background: #fff3bf; }\n  code { font-size: 0.88em; }\n  @media (max-width: 44rem) { dl.headline { grid-template-columns: repeat(2, 1fr); }\n                              table { font-size: 0.82rem; } }\n  @page { size: A4; margin: 16mm 14mm 18mm; }\n  @media print {\n    body { max-width: none; padding: 0; font-size: 10pt; }\n    svg.chart { max-width: 34rem; }\n    table { font-size: 9pt; margin: 0.3rem 0 0.5rem; } th, td { padding: 0.15rem 0.4rem; }\n    section { margin: 0 0 0.8rem; } footer { font-size: 8pt; word-break: break-all; }\n    h2 { break-after: avoid; }\n    figure, tr, dl.headline div { break-inside: avoid; }\n    a { color: var(--ink); text-decoration: none; }\n    .sources a { word-break: break-all; }\n    ol.sources, ul.note { font-size: 8.5pt; }\n  }\n</style>\n</head>\n<body>\n<header>\n  <p class="kicker">'
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Banenafspraak monitor'))
    yield '</p>\n  <h1>'
    yield escape((undefined(name='title') if l_0_title is missing else l_0_title))
    yield '</h1>\n  <p class="meta">'
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Generated on {date} by banencalc {version} from {origin}', date=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'generated'), version=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'version'), origin=(undefined(name='origin') if l_0_origin is missing else l_0_origin)))
    if (undefined(name='scenario_name') if l_0_scenario_name is missing else l_0_scenario_name):
        pass
        yield ' &middot; '
        yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'with the scenario {name}', name=(undefined(name='scenario_name') if l_0_scenario_name is missing else l_0_scenario_name)))
    yield '</p>\n</header>\n<main>\n<section id="headline" aria-labelledby="headline-title">\n  <h2 id="headline-title">'
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'The year at a glance'))
    yield '</h2>\n  <dl class="headline">\n'
    for l_1_item in (undefined(name='headline') if l_0_headline is missing else l_0_headline):
        _loop_vars = {}
        pass
        yield '    <div>\n      <dt>'
        yield escape(environment.getattr(l_1_item, 'label'))
        yield '</dt>\n      <dd>'
        yield escape(environment.getattr(l_1_item, 'value'))
        yield '\n        <span class="marks">\n'
        for (l_2_css, l_2_word) in environment.getattr(l_1_item, 'marks'):
            _loop_vars = {}
            pass
            yield '<span class="mark '
            yield escape(l_2_css)
            yield '">'
            yield escape(l_2_word)
            yield '</span>'
        l_2_css = l_2_word = missing
        if environment.getattr(l_1_item, 'source'):
            pass
            yield '<a href="#source-'
            yield escape(environment.getattr(l_1_item, 'source'))
            yield '">'
            yield escape(environment.getattr(l_1_item, 'source'))
            yield '</a>'
        yield '        </span>\n      </dd>\n    </div>\n'
    l_1_item = missing
    yield '  </dl>\n  <p>'
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Law in force from {start}: {law}. {description}', law=environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'law'), start=environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'start'), description=environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'description')))
    yield '\n     '
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Articles: {article}.', article=environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'article')))
    yield '\n     <a href="#source-'
    yield escape(environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'source'))
    yield '">'
    yield escape(environment.getattr((undefined(name='regime') if l_0_regime is missing else l_0_regime), 'source'))
    yield '</a></p>\n  <p class="note">'
    yield escape((context.call((undefined(name='words') if l_0_words is missing else l_0_words), "Every figure carries its status: verified (as published), derived (computed from published figures), indicative (not yet final), approximate (published as 'about N', and everything computed from it). The list of figures and the sources are at the end.") if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'appendix') else context.call((undefined(name='words') if l_0_words is missing else l_0_words), "Every figure carries its status: verified (as published), derived (computed from published figures), indicative (not yet final), approximate (published as 'about N', and everything computed from it). The sources are at the end.")))
    yield '</p>\n</section>\n\n'
    l_1_loop = missing
    for l_1_section, l_1_loop in LoopContext((undefined(name='sections') if l_0_sections is missing else l_0_sections), undefined):
        _loop_vars = {}
        pass
        yield '<section id="'
        yield escape(environment.getattr(l_1_section, 'id'))
        yield '" class="page" aria-labelledby="'
        yield escape(environment.getattr(l_1_section, 'id'))
        yield '-title">\n  <h2 id="'
        yield escape(environment.getattr(l_1_section, 'id'))
        yield '-title">'
        yield escape(environment.getattr(l_1_section, 'title'))
        yield '</h2>\n'
        if environment.getattr(l_1_section, 'unavailable'):
            pass
            yield '  <p class="gap">'
            yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Not available for this year and sector: {reason}', reason=environment.getattr(l_1_section, 'unavailable'), _loop_vars=_loop_vars))
            yield '</p>\n'
        if environment.getattr(l_1_section, 'summary'):
            pass
            yield '  <ul class="lines">'
            for l_2_line in environment.getattr(l_1_section, 'summary'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_line)
                yield '</li>'
            l_2_line = missing
            yield '</ul>\n'
        if environment.getattr(l_1_section, 'changes'):
            pass
            yield '  <h3>'
            yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Changed by the scenario (old -> new):', _loop_vars=_loop_vars))
            yield '</h3>\n  <ul class="lines">'
            for l_2_line in environment.getattr(l_1_section, 'changes'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_line)
                yield '</li>'
            l_2_line = missing
            yield '</ul>\n'
        if environment.getattr(l_1_section, 'chart'):
            pass
            yield '  <figure>\n    '
            yield escape(environment.getattr(l_1_section, 'chart'))
            yield '\n    <figcaption>'
            yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'The same numbers are in the table below.', _loop_vars=_loop_vars))
            yield '</figcaption>\n  </figure>\n'
        if environment.getattr(l_1_section, 'rows'):
            pass
            yield '  <table>\n    <caption class="for-screen-readers">'
            yield escape(environment.getattr(l_1_section, 'title'))
            yield '</caption>\n    <thead><tr>\n'
            for l_2_column in environment.getattr(l_1_section, 'columns'):
                _loop_vars = {}
                pass
                yield '<th scope="col"'
                if environment.getattr(l_2_column, 'numeric'):
                    pass
                    yield ' class="num"'
                yield '>'
                yield escape(environment.getattr(l_2_column, 'text'))
                yield '</th>'
            l_2_column = missing
            yield '    </tr></thead>\n    <tbody>\n'
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_section, 'rows'), undefined):
                _loop_vars = {}
                pass
                yield '    <tr class="depth-'
                yield escape(environment.getattr(l_2_row, 'depth'))
                yield '">\n'
                l_3_loop = missing
                for l_3_cell, l_3_loop in LoopContext(environment.getattr(l_2_row, 'cells'), undefined):
                    _loop_vars = {}
                    pass
                    if environment.getattr(l_3_loop, 'first'):
                        pass
                        yield '<th scope="row">'
                        yield escape(environment.getattr(l_3_cell, 'text'))
                        yield '</th>'
                    else:
                        pass
                        yield '<td'
                        if environment.getattr(l_3_cell, 'numeric'):
                            pass
                            yield ' class="num"'
                        yield '>'
                        yield escape(environment.getattr(l_3_cell, 'text'))
                        yield '</td>'
                l_3_loop = l_3_cell = missing
                yield '    </tr>\n'
            l_2_loop = l_2_row = missing
            yield '    </tbody>\n  </table>\n'
        def t_1(fiter):
            for l_2_part in fiter:
                if (environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'appendix') or (environment.getattr(l_1_section, 'id') == 'scenario')):
                    yield l_2_part
        for l_2_part in t_1(environment.getattr(l_1_section, 'sections')):
            _loop_vars = {}
            pass
            yield '  <h3>'
            yield escape(environment.getattr(l_2_part, 'heading'))
            yield '</h3>\n  <ul class="lines">'
            for l_3_line in environment.getattr(l_2_part, 'lines'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_3_line)
                yield '</li>'
            l_3_line = missing
            yield '</ul>\n'
        l_2_part = missing
        if environment.getattr(l_1_section, 'notes'):
            pass
            yield '  <h3>'
            yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'Notes:', _loop_vars=_loop_vars))
            yield '</h3>\n  <ul class="lines note">'
            for l_2_note in environment.getattr(l_1_section, 'notes'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_note)
                yield '</li>'
            l_2_note = missing
            yield '</ul>\n'
        yield '</section>\n'
    l_1_loop = l_1_section = missing
    yield '\n'
    if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'appendix'):
        pass
        yield '<section id="figures" aria-labelledby="figures-title">\n  <h2 id="figures-title">'
        yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Figures and their status'))
        yield '</h2>\n  <table>\n    <caption>'
        yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Every figure this page uses, with its status and source'))
        yield '</caption>\n    <thead><tr>\n      <th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'figure'))
        yield '</th><th scope="col" class="num">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'value'))
        yield '</th>\n      <th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status'))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'source'))
        yield '</th>\n      <th scope="col">'
        yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'how'))
        yield '</th>\n    </tr></thead>\n    <tbody>\n'
        for l_1_figure in (undefined(name='figures') if l_0_figures is missing else l_0_figures):
            _loop_vars = {}
            pass
            yield '    <tr id="figure-'
            yield escape(environment.getattr(l_1_figure, 'key'))
            yield '">\n      <th scope="row"><code>'
            yield escape(environment.getattr(l_1_figure, 'key'))
            yield '</code></th>\n      <td class="num">'
            yield escape(environment.getattr(l_1_figure, 'value'))
            yield '</td>\n      <td>'
            for (l_2_css, l_2_word) in environment.getattr(l_1_figure, 'marks'):
                _loop_vars = {}
                pass
                yield '<span class="mark '
                yield escape(l_2_css)
                yield '">'
                yield escape(l_2_word)
                yield '</span>'
            l_2_css = l_2_word = missing
            yield '</td>\n      <td>'
            if environment.getattr(l_1_figure, 'source'):
                pass
                yield '<a href="#source-'
                yield escape(environment.getattr(l_1_figure, 'source'))
                yield '">'
                yield escape(environment.getattr(l_1_figure, 'source'))
                yield '</a>'
            yield '</td>\n      <td>'
            yield escape(environment.getattr(l_1_figure, 'how'))
            yield '</td>\n    </tr>\n'
        l_1_figure = missing
        yield '    </tbody>\n  </table>\n</section>\n'
    yield '\n<section id="sources" class="sources" aria-labelledby="sources-title">\n  <h2 id="sources-title">'
    yield escape(context.call(environment.getattr(context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'Sources:'), 'rstrip'), ':'))
    yield '</h2>\n  <ol class="sources">\n'
    for l_1_source in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        _loop_vars = {}
        pass
        if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'appendix'):
            pass
            yield '    <li id="source-'
            yield escape(environment.getattr(l_1_source, 'id'))
            yield '"><strong>['
            yield escape(environment.getattr(l_1_source, 'id'))
            yield ']</strong>\n      '
            yield escape(environment.getattr(l_1_source, 'title'))
            yield '; '
            yield escape(environment.getattr(l_1_source, 'publisher'))
            if environment.getattr(l_1_source, 'date'):
                pass
                yield '; '
                yield escape(environment.getattr(l_1_source, 'date'))
            if environment.getattr(l_1_source, 'document'):
                pass
                yield '; '
                yield escape(environment.getattr(l_1_source, 'document'))
            if environment.getattr(l_1_source, 'url'):
                pass
                yield ' &mdash; <a href="'
                yield escape(environment.getattr(l_1_source, 'url'))
                yield '" rel="noreferrer">'
                yield escape(environment.getattr(l_1_source, 'url'))
                yield '</a>'
            if environment.getattr(l_1_source, 'no_exact_page'):
                pass
                yield '<span class="note">('
                yield escape(environment.getattr(l_1_source, 'no_exact_page'))
                yield ')</span>'
            yield '    </li>\n'
        else:
            pass
            yield '    <li id="source-'
            yield escape(environment.getattr(l_1_source, 'id'))
            yield '" class="one-line"><strong>['
            yield escape(environment.getattr(l_1_source, 'id'))
            yield ']</strong>\n'
            if environment.getattr(l_1_source, 'url'):
                pass
                yield '<a href="'
                yield escape(environment.getattr(l_1_source, 'url'))
                yield '" rel="noreferrer">'
                yield escape(environment.getattr(l_1_source, 'publisher'))
                if environment.getattr(l_1_source, 'date'):
                    pass
                    yield ', '
                    yield escape(environment.getattr(l_1_source, 'date'))
                yield '</a>'
            else:
                pass
                yield escape(environment.getattr(l_1_source, 'publisher'))
                if environment.getattr(l_1_source, 'date'):
                    pass
                    yield ', '
                    yield escape(environment.getattr(l_1_source, 'date'))
                if environment.getattr(l_1_source, 'document'):
                    pass
                    yield '; '
                    yield escape(environment.getattr(l_1_source, 'document'))
            yield ':\n      '
            yield escape(environment.getattr(l_1_source, 'title'))
            yield '\n    </li>\n'
    l_1_source = missing
    yield '  </ol>\n</section>\n</main>\n<footer>\n  <p>'
    if environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'appendix'):
        pass
        yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'To reproduce this page: {command}', command=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'command')))
        yield '<br>'
    yield '     '
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'banencalc {version}; data: {origin}, SHA-256 {sha}', version=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'version'), origin=(undefined(name='origin') if l_0_origin is missing else l_0_origin), sha=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'data_sha256')))
    yield '<br>\n     '
    yield escape(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'Generated on {date}.', date=environment.getattr((undefined(name='facts') if l_0_facts is missing else l_0_facts), 'generated')))
    yield '</p>\n</footer>\n</body>\n</html>'

blocks = {}
debug_info = '4=24&8=26&9=28&73=30&74=32&75=34&79=40&81=42&83=46&84=48&86=50&87=59&93=69&94=71&95=73&96=77&99=80&100=84&101=88&102=92&103=95&105=97&106=100&108=108&109=111&110=113&112=121&114=124&115=126&118=128&120=131&122=133&125=146&126=150&127=153&128=156&135=174&136=182&137=184&139=193&140=196&141=198&146=209&148=212&150=214&152=216&153=220&154=224&157=226&158=230&159=232&160=234&161=236&162=246&163=254&172=259&174=261&175=264&176=267&177=271&178=282&179=289&183=298&184=302&185=325&193=329&194=334&195=336'