#!/usr/bin/env python3
"""Rewrites the "## Sources" section of docs/clinical-sources.md from data/catalog: each source key
with its citation, its evidence level and every catalog entry that uses it. The core test
"docs/clinical-sources.md lists every source..." fails until this is run after a catalog change.

    scripts/clinical-sources.py            # rewrite the page in place
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CATALOG = ROOT / 'data' / 'catalog'
PAGE = ROOT / 'docs' / 'clinical-sources.md'


def load(name):
    return json.loads((CATALOG / name).read_text(encoding='utf-8'))


def main():
    used = {}  # key -> [entry, ...] in catalog order, each once

    def use(kind, ident, sources):
        for key in (sources or '').split():
            entry = f'{kind} `{ident}`'
            if entry not in used.setdefault(key, []):
                used[key].append(entry)

    for t in load('techniques.json'):
        use('technique', t['id'], t['source'])
    for g in load('allergens.json')['groups']:
        use('allergen group', g['id'], g['source'])
    for i in load('ingredients.json'):
        use('ingredient', i['id'], i['source'])
        if 'session_max' in i:
            use('ingredient', i['id'], i['session_max']['source'])
    for m in load('medications.json')['medications']:
        use('medication', m['id'], m['source'])
    for p in load('protocols.json'):
        use('protocol', p['id'], p['source'])
        for key in ('sessions', 'interval', 'later_interval', 'maintenance', 'session', 'price', 'jurisdiction'):
            if key in p:
                use('protocol', p['id'], p[key]['source'])
        for line in p['cocktail']:
            use('protocol', p['id'], line['source'])
    for k in load('risks.json'):
        use('risk', k['id'], k['source'])
    rules = load('rules.json')
    for r in rules['screening']:
        use('rule', r['id'], r['source'])
    for r in rules['plan']:
        use('plan rule', r['id'], r['source'])
    for s in load('spacing.json'):
        use('spacing', s['id'], s['source'])
    for a in load('aftercare.json'):
        for item in a['items']:
            use('aftercare', a['id'], item['source'])

    text = PAGE.read_text(encoding='utf-8')
    # A source no entry uses keeps the note that says why it is listed.
    notes = dict(re.findall(r'^### (\S+)\n(?:(?!### ).*\n)*?(Used by: no catalog entry\..*)$', text, re.M))
    sections = []
    for s in load('sources.json'):
        entries = used.get(s['id'], [])
        usage = (f"Used by ({len(entries)}): {', '.join(entries)}." if entries
                 else notes.get(s['id'], 'Used by: no catalog entry.'))
        sections.append(f"### {s['id']}\n{s['citation']}  \nEvidence: `{s['evidence']}`.  \n\n{usage}\n")
    start = text.index('## Sources\n')
    end = text.index('\n## ', start + 1)
    PAGE.write_text(text[:start] + '## Sources\n\n' + '\n'.join(sections) + text[end:], encoding='utf-8')


if __name__ == '__main__':
    main()
