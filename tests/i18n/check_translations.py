#!/usr/bin/env python3
"""Fails when the French edition misses a text: runs scripts/update-translations.sh on a copy of
translations/, then requires every message to be finished (no new, unfinished,
vanished or obsolete one), both French plural forms of every %n text, and the same placeholders
(%1, %n, ...) and mnemonic (&) as the English source; and both English plural forms of every
%n text (translations/mesoplan_en.ts holds only those).

usage: check_translations.py LUPDATE SOURCE_DIR"""
import os, re, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lupdate, root = sys.argv[1], sys.argv[2]
problems = []
with tempfile.TemporaryDirectory() as tmp:
    ts = os.path.join(tmp, 'mesoplan_fr.ts')
    en = os.path.join(tmp, 'mesoplan_en.ts')
    for name in ('mesoplan_fr.ts', 'mesoplan_en.ts'):
        shutil.copy(os.path.join(root, 'translations', name), tmp)
    # The update the developers run, on the copy: new texts come in unfinished, removed ones go
    # (a removed text is then missing from the copy, which the comparison below reports).
    subprocess.run([os.path.join(root, 'scripts', 'update-translations.sh'), tmp], check=True,
                   env=dict(os.environ, LUPDATE=lupdate))
    def texts(path):
        return {(c.findtext('name'), m.findtext('source'))
                for c in ET.parse(path).getroot().iter('context') for m in c.iter('message')}
    for name, source in sorted(texts(os.path.join(root, 'translations', 'mesoplan_fr.ts')) - texts(ts)):
        problems.append(f'{name}: "{source}": no longer in the sources (run scripts/update-translations.sh)')
    messages = 0
    for context in ET.parse(ts).getroot().iter('context'):
        name = context.findtext('name')
        for m in context.iter('message'):
            messages += 1
            source = m.findtext('source')
            tr = m.find('translation')
            where = f'{name}: "{source}"'
            kind = tr.get('type')
            if kind in ('vanished', 'obsolete'):
                problems.append(f'{where}: no longer in the sources (run scripts/update-translations.sh)')
                continue
            if kind == 'unfinished':
                problems.append(f'{where}: not translated')
                continue
            plural = m.get('numerus') == 'yes'
            forms = [f.text or '' for f in tr.findall('numerusform')] if plural else [tr.text or '']
            if plural and len(forms) != 2:
                problems.append(f'{where}: French needs 2 plural forms, found {len(forms)}')
                continue
            for text in forms:
                if not text.strip():
                    problems.append(f'{where}: empty translation')
                    continue
                places = lambda s: sorted(re.findall(r'%(?:n|L?\d+)', s))
                if places(source) != places(text):
                    problems.append(f'{where}: placeholders {places(source)} but "{text}" has {places(text)}')
                mnemonics = lambda s: len(re.findall(r'&(?!&)', s.replace('&&', '')))
                if mnemonics(source) != mnemonics(text):
                    problems.append(f'{where}: the mnemonic (&) is lost in "{text}"')
    # English holds only the plural forms ("1 session", "2 sessions"): every %n text needs both.
    for context in ET.parse(en).getroot().iter('context'):
        for m in context.iter('message'):
            forms = [f.text or '' for f in m.find('translation').findall('numerusform')]
            if m.find('translation').get('type') == 'unfinished' or len(forms) != 2 or not all(forms):
                problems.append(f'English: {context.findtext("name")}: "{m.findtext("source")}": '
                                'needs its singular and plural forms')
for p in problems:
    print(p)
print(f'{messages} messages, {len(problems)} problem(s)')
sys.exit(1 if problems or messages == 0 else 0)
