#!/usr/bin/env python3
"""Compiles tests/layers/face.cpp exactly as the build compiles it (compile_commands.json), with
extra flags: what a face sees is what the build gives it, not a list written here."""
import json
import shlex
import subprocess
import sys

build_dir, source, *extra = sys.argv[1:]
for entry in json.load(open(f'{build_dir}/compile_commands.json')):
    if entry['file'] == source:
        args = shlex.split(entry['command'])
        out = args.index('-o')
        del args[out:out + 2]  # no object file: syntax only
        args = [a for a in args if a not in ('-c', source)] + ['-fsyntax-only', *extra, source]
        sys.exit(subprocess.run(args, cwd=entry['directory']).returncode)
sys.exit(f'{source} is not in {build_dir}/compile_commands.json')
