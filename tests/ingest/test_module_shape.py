"""Storing and linking do not depend on the pipeline that drives them."""

import os
import subprocess
import sys


def test_linking_imports_without_the_pipeline(tmp_path):
    code = (
        "import django, sys; django.setup(); import townhall.ingest.linking; "
        "print('townhall.ingest.pipeline' in sys.modules)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "townhall.settings", "TOWNHALL_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
