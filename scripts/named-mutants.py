#!/usr/bin/env python3
"""The eight mutants that survived the suite in issue 18 (twelve variants:
both cut-offs >= to > and moved by five points each way), re-applied one at
a time to this checkout: runs the tests that pin them and prints, for each,
the tests that now fail, then puts the file back.

Usage: scripts/named-mutants.py [INDEX...]   (needs src/ and questions/
unchanged: it restores them with git after each mutant)."""
import os, re, subprocess, sys
W = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dirty = subprocess.run(['git', 'status', '--porcelain', '--', 'src', 'questions'],
                       cwd=W, capture_output=True, text=True).stdout
if dirty:
    sys.exit('src/ or questions/ has changes; commit or stash them first')

def sub(path, old, new, count=1):
    def f():
        p = f'{W}/{path}'
        s = open(p).read()
        assert s.count(old) >= 1, (path, old)
        s = s.replace(old, new, count)
        open(p, 'w').write(s)
    return f

def rating(role, cap, level):
    def f():
        p = f'{W}/questions/roles.json'
        s = open(p).read()
        i = s.index(f'"id": "{role}"')
        j = s.index(f'"{cap}"', i)
        k = s.index('"level"', j)
        m = re.compile(r'"level":\s*"([a-z_]+)"').match(s, k)
        assert m, (role, cap)
        s = s[:m.start()] + f'"level": "{level}"' + s[m.end():]
        open(p, 'w').write(s)
    return f

def report_minus_one(which):
    def f():
        p = f'{W}/src/core/report.rs'
        s = open(p).read()
        old = 's::FIT_LINE.replace("{fit}", &f.to_string())'
        new = 's::FIT_LINE.replace("{fit}", &(f - 1).to_string())'
        i = s.index(old) if which == 'text' else s.index(old, s.index('pub fn markdown'))
        s = s[:i] + new + s[i + len(old):]
        open(p, 'w').write(s)
    return f

MUTANTS = [
    ('good-fit cut-off >= to >', sub('src/core/score.rs', 'if fit >= GOOD_FIT {', 'if fit > GOOD_FIT {')),
    ('partial-fit cut-off >= to >', sub('src/core/score.rs', '} else if fit >= PARTIAL_FIT {', '} else if fit > PARTIAL_FIT {')),
    ('good-fit cut-off +5 (80)', sub('src/core/score.rs', 'pub const GOOD_FIT: u8 = 75;', 'pub const GOOD_FIT: u8 = 80;')),
    ('good-fit cut-off -5 (70)', sub('src/core/score.rs', 'pub const GOOD_FIT: u8 = 75;', 'pub const GOOD_FIT: u8 = 70;')),
    ('partial-fit cut-off +5 (50)', sub('src/core/score.rs', 'pub const PARTIAL_FIT: u8 = 45;', 'pub const PARTIAL_FIT: u8 = 50;')),
    ('partial-fit cut-off -5 (40)', sub('src/core/score.rs', 'pub const PARTIAL_FIT: u8 = 45;', 'pub const PARTIAL_FIT: u8 = 40;')),
    ('urgent need rated "varies" counted as an urgent gap', sub('src/core/score.rs',
        '.filter(|l| l.counts && l.level >= 3 && l.coverage == Coverage::NotTrained)',
        '.filter(|l| l.counts && l.level >= 3 && l.coverage != Coverage::Trained)')),
    ('psychiatrist safety planning -> not trained', rating('psychiatrist', 'safety_planning', 'not_trained')),
    ('BCBA daily-living skills -> not trained', rating('bcba', 'daily_living_skills', 'not_trained')),
    ('psychologist psychotherapy -> varies', rating('psychologist', 'psychotherapy', 'varies')),
    ('printed text summary shows the fit minus one', report_minus_one('text')),
    ('printed markdown summary shows the fit minus one', report_minus_one('markdown')),
]

only = sys.argv[1:]
for i, (name, apply) in enumerate(MUTANTS):
    if only and str(i) not in only:
        continue
    apply()
    r = subprocess.run(['cargo', 'test', '--no-fail-fast', '--lib', '--test', 'pinned', '--test', 'scenarios',
                        '--test', 'examples', '--test', 'tui_pty'],
                       cwd=W, capture_output=True, text=True, env={**os.environ, 'INSTA_UPDATE': 'no'})
    subprocess.run(['git', 'checkout', '--', 'src', 'questions'], cwd=W)
    subprocess.run('rm -f tests/snapshots/*.snap.new', shell=True, cwd=W)
    out = r.stdout + r.stderr
    failed = [m.group(1) for m in re.finditer(r'(?m)^test (\S+) \.\.\. FAILED', out)]
    build_failed = 'error[' in out and not failed
    print(f'{name}: {"BUILD FAILED" if build_failed else ", ".join(failed) or "SURVIVED"}', flush=True)
