"""CI must run exactly the README's quick-start commands."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    blocks = readme.split("## Quick start", 1)[1].split("## ", 1)[0].split("```bash\n")[1:]
    commands = [b.split("```", 1)[0].strip() for b in blocks]
    assert len(commands) == 2
    for cmd in commands:
        assert cmd in ci


def test_ci_runs_the_readme_eval_commands():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    block = readme.split("## Evaluate", 1)[1].split("```bash\n", 1)[1].split("```", 1)[0]
    for cmd in block.strip().splitlines():
        assert f'run "{cmd}"' in ci
