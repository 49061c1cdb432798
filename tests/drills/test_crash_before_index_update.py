"""A process that dies between the database commit and the index update (os._exit inside
on_commit, before the search flush runs) leaves a difference that check_index finds and
names, and check_index --fix repairs.
"""

from __future__ import annotations

import re

from tests.deploy.helpers import clean_env, manage
from tests.drills.site import SECRET_KEY, api_count_local, report_text, token

# Our callback is registered first in the transaction, so it runs (and kills the process)
# before the search processor's flush that the save registers after it.
CRASH_AFTER_SAVE = """
import os, sys
from django.db import transaction
from reports.ingest import save_report
from reports.parsing import parse_upload
with transaction.atomic():
    transaction.on_commit(lambda: os._exit(9))
    report = save_report(parsed=parse_upload({data!r}, "crash.txt"))
    print("PK=%d" % report.pk, flush=True)
"""
CRASH_AFTER_DELETE = """
import os
from django.db import transaction
from reports.models import Report
with transaction.atomic():
    transaction.on_commit(lambda: os._exit(9))
    Report.objects.get(pk={pk}).delete()
"""
CRASH_AFTER_EDIT = """
import os
from django.db import transaction
from reports.models import Report
with transaction.atomic():
    transaction.on_commit(lambda: os._exit(9))
    report = Report.objects.get(pk={pk})
    report.title = "改过的标题 {word}"
    report.save()
"""


def test_it_detects_and_repairs_a_crash_between_commit_and_index_update(site_dir):
    env = clean_env(site_dir, DEBUG="0", SECRET_KEY=SECRET_KEY, ALLOWED_HOSTS="testserver")
    data = report_text("浦城县", 2022, 7).encode()

    saved = manage("shell", "-c", CRASH_AFTER_SAVE.format(data=data), env=env, check=False)
    assert saved.returncode == 9
    new_pk = int(re.search(r"PK=(\d+)", saved.stdout).group(1))
    gone_pk, edited_pk = 1, 2
    deleted = manage("shell", "-c", CRASH_AFTER_DELETE.format(pk=gone_pk), env=env, check=False)
    edited = manage(
        "shell", "-c", CRASH_AFTER_EDIT.format(pk=edited_pk, word=token(500)), env=env, check=False
    )
    assert deleted.returncode == 9 and edited.returncode == 9
    # Committed in the database, not in the index:
    assert api_count_local(env, token(7)) == 0 and api_count_local(env, token(500)) == 0

    check = manage("check_index", env=env, check=False)

    assert check.returncode == 1
    assert re.search(rf"索引缺失：1 份（编号 {new_pk}）", check.stdout), check.stdout
    assert re.search(rf"索引过期：1 份（编号 {edited_pk}）", check.stdout), check.stdout
    assert re.search(rf"孤立文档（数据库中已不存在）：1 份（编号 {gone_pk}）", check.stdout)

    fixed = manage("check_index", "--fix", env=env, check=False)

    assert fixed.returncode == 0 and "已修复" in fixed.stdout
    assert manage("check_index", env=env, check=False).returncode == 0
    assert api_count_local(env, token(7)) == 1 and api_count_local(env, token(500)) == 1
    print(f"\nDRILL crash before index update: check_index said\n{check.stdout.strip()}")
