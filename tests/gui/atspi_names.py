#!/usr/bin/env python3
"""What a screen reader hears: walks the window's accessibility tree over AT-SPI, page by page.

Starts `mailflow --practice healthy` (the built-in server, so Next runs each page's step) and, on each
wizard page, checks that every control a user can see has a name, and that a field is not named by its
own value (a screen reader would read "25" for the Port field). On the Finish page the checklist rows
name their state in words. Then presses Next through AT-SPI, as an assistive tool would.

Run under a D-Bus session and an X server, as ctest does:
  dbus-run-session -- xvfb-run -a python3 atspi_names.py path/to/mailflow
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
}
VALUE_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON}
STATE_WORDS = ("passed", "failed", "warning", "pending", "skipped", "running", "not run", "information")
STEP_LINE = re.compile(r"^Step \d+ of \d+")
PAGES = ["Server", "Connect", "Greeting", "Envelope", "Message", "Finish"]


def until(what, predicate, seconds=30):
    """Polls the other process's tree: AT-SPI gives no signal this script could wait on for it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    sys.exit(f"atspi_names: timed out waiting for {what}")


def find_app(pid):
    for app in pyatspi.Registry.getDesktop(0):
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def walk(acc):
    try:
        states = acc.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
    except Exception:
        return
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def text_of(acc):
    try:
        text = acc.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""


def value_of(acc):
    if acc.getRole() == pyatspi.ROLE_COMBO_BOX:
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None and child.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
                return text_of(child)
    return text_of(acc)


def in_menu_or_scrollbar(acc):
    parent = acc.parent
    while parent is not None:
        if parent.getRole() in (pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_SCROLL_BAR,
                                pyatspi.ROLE_TOOL_BAR):
            return True
        parent = parent.parent
    return False


def unnamed_controls(window):
    problems, named = [], 0
    for acc in walk(window):
        role = acc.getRole()
        if role not in CONTROLS or in_menu_or_scrollbar(acc):
            continue
        # The editor inside an editable combo box is part of it; the combo box carries the name.
        if acc.parent is not None and acc.parent.getRole() == pyatspi.ROLE_COMBO_BOX:
            continue
        name = (acc.name or "").strip()
        value = value_of(acc).strip() if role in VALUE_ROLES else ""
        if not name:
            where = acc.parent.name if acc.parent is not None else ""
            problems.append(f"a {acc.getRoleName()} without a name (value {value!r}, description "
                            f"{acc.description!r}, in {where!r})")
        elif value and name == value:
            problems.append(f"a {acc.getRoleName()} named by its value {value!r}")
        else:
            named += 1
    return problems, named


def button(window, label):
    for acc in walk(window):
        if acc.getRole() == pyatspi.ROLE_PUSH_BUTTON and acc.name.replace("&", "") == label:
            states = acc.getState()
            if states.contains(pyatspi.STATE_ENABLED) and states.contains(pyatspi.STATE_SENSITIVE):
                return acc
    return None


def page_heading(window):
    """The wizard's "Step 2 of 6: Connect" line: it changes with the page."""
    for acc in walk(window):
        if acc.getRole() == pyatspi.ROLE_LABEL and STEP_LINE.match(acc.name or ""):
            return acc.name
    return None


def press(acc):
    action = acc.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click"):
            action.doAction(i)
            return
    action.doAction(0)


def checklist_rows(window):
    rows = []
    for acc in walk(window):
        if acc.getRole() in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST) and \
                "checklist" in (acc.name or "").lower():
            for cell in walk(acc):
                if cell.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM) and cell.name:
                    rows.append(cell.name)
    return rows


def main():
    program = sys.argv[1]
    home = tempfile.mkdtemp(prefix="atspi-names-")
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1", LANG="C.UTF-8",
               XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"),
               XDG_CACHE_HOME=os.path.join(home, "cache"))
    env.pop("QT_QPA_PLATFORM", None)
    child = subprocess.Popen([program, "--lang", "en", "--practice", "healthy"], env=env)
    failures = []
    try:
        app = until("the window on the accessibility bus", lambda: find_app(child.pid))
        window = until("the main window", lambda: next(
            (app.getChildAtIndex(i) for i in range(app.childCount)
             if app.getChildAtIndex(i) is not None and app.getChildAtIndex(i).getRole() == pyatspi.ROLE_FRAME),
            None))
        for index, page in enumerate(PAGES):
            problems, named = unnamed_controls(window)
            print(f"{page} page: {named} controls named, {len(problems)} not")
            for problem in problems:
                print(f"  {problem}")
            failures += [f"{page} page: {p}" for p in problems]
            if page == "Finish":
                rows = until("the checklist rows", lambda: checklist_rows(window))
                unworded = [r for r in rows if not any(w in r.lower() for w in STATE_WORDS)]
                print(f"checklist: {len(rows)} cells, {len(unworded)} without a state in words")
                if not any(any(w in r.lower() for w in STATE_WORDS) for r in rows):
                    failures.append(f"no checklist row says its state in words: {rows[:5]}")
                break
            before = page_heading(window)
            nxt = until(f"an enabled Next button on the {page} page", lambda: button(window, "Next >"))
            press(nxt)
            until(f"the page after {page}", lambda: page_heading(window) != before, seconds=30)
    finally:
        child.terminate()
        child.wait(10)
        shutil.rmtree(home, ignore_errors=True)
    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print("atspi_names: every visible control has a name that is not its value")


if __name__ == "__main__":
    main()
