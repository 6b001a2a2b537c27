#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen reader, switch access or voice control sees of CareCircle, through AT-SPI.

Starts the app on a throw-away copy of the demo vault, unlocks it through its passphrase
field, then on every page of the navigation (walked by pressing the navigation buttons
through AT-SPI) checks that every interactive node has a name, that Press works (a
navigation button changes the page, "Write a new goal" opens the editor), that a modal
dialog hides the page behind it, and that a check-in that skipped a part of life is not
shown as "-1" on the Trends page. Exits 1 with the list of problems.

Must run inside a D-Bus session with the AT-SPI bus and an X display (run_atspi_test.sh).
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

DEMO_PASSPHRASE = "Mechelen-zaterdagmarkt-2026"
DEADLINE_SECONDS = 150  # the whole walk; ctest's TIMEOUT (300 s) is far above it
MAX_NODES = 4000  # per tree walk, so a runaway tree cannot hang the test
MAX_DEPTH = 80

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_PAGE_TAB,
}
TEXT_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT}

problems = []
started = time.monotonic()


def problem(text):
    problems.append(text)
    print("PROBLEM: " + text, flush=True)


def out_of_time():
    return time.monotonic() - started > DEADLINE_SECONDS


class Node:
    """One accessible object as seen at one moment: what the checks need, read once."""

    def __init__(self, acc, in_dialog, in_tab_list=False):
        self.acc = acc
        self.in_tab_list = in_tab_list
        self.role = acc.getRole()
        self.role_name = acc.getRoleName()
        self.name = (acc.name or "").strip()
        self.description = (acc.description or "").strip()
        self.in_dialog = in_dialog
        states = acc.getState()
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.visible = states.contains(pyatspi.STATE_VISIBLE)
        self.checked = states.contains(pyatspi.STATE_CHECKED) or states.contains(pyatspi.STATE_SELECTED)
        self.actions = []
        try:
            action = acc.queryAction()
            self.actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass

    def interactive(self):
        if self.role == pyatspi.ROLE_PAGE_TAB:
            # A Qt Quick Page is a page tab too; only the navigation's tabs are controls.
            return self.in_tab_list
        if self.role in INTERACTIVE_ROLES:
            return True
        return self.role == pyatspi.ROLE_LIST_ITEM and any(a for a in self.actions if a != "SetFocus")

    def label(self):
        return "%s %r" % (self.role_name, self.name)


def walk(root):
    """Every node below @p root (depth first, bounded), each marked whether it is in a dialog."""
    nodes = []
    stack = [(root, 0, False, False)]
    while stack and len(nodes) < MAX_NODES:
        acc, depth, in_dialog, in_tab_list = stack.pop()
        try:
            node = Node(acc, in_dialog, in_tab_list)
            children = [acc.getChildAtIndex(i) for i in range(acc.childCount)]
        except Exception:  # the object went away while we looked (a page changed)
            continue
        nodes.append(node)
        if depth >= MAX_DEPTH:
            continue
        inside = in_dialog or node.role in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT)
        tabs = in_tab_list or node.role == pyatspi.ROLE_PAGE_TAB_LIST or node.name == "Main navigation"
        stack.extend((child, depth + 1, inside, tabs) for child in reversed(children) if child is not None)
    return nodes


def find_app(timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.name.lower() == "carecircle" and app.childCount > 0:
                    return app
            except Exception:
                continue
        time.sleep(0.3)
    return None


def wait_for(predicate, timeout=8.0, interval=0.2):
    """Polls @p predicate until it returns something true; returns that, or None."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except Exception:
            value = None
        if value:
            return value
        time.sleep(interval)
    return None


def find(app, role=None, name=None):
    """The first node with @p role and @p name, a visible one if there is one. Qt 6.4 reports
    a node scrolled out of view as not visible, yet AT-SPI can press it all the same."""
    found = None
    for node in walk(app):
        if (role is None or node.role == role) and (name is None or node.name == name):
            if node.visible:
                return node
            found = found or node
    return found


def press(node, what):
    """Presses @p node through its AT-SPI action "Press" (what switch access does)."""
    if "Press" not in node.actions:
        problem("%s: no Press action (actions: %s)" % (what, ", ".join(node.actions) or "none"))
        return False
    action = node.acc.queryAction()
    if not action.doAction(node.actions.index("Press")):
        problem("%s: doAction(Press) returned false" % what)
        return False
    return True


def page_title(app):
    """The title of the page shown: Qt exposes a Page as a page tab named by its title."""
    for node in walk(app):
        if node.role == pyatspi.ROLE_PAGE_TAB and node.showing and node.name and not node.in_dialog \
                and not node.in_tab_list:
            return node.name
    return ""


def check_names(nodes, where):
    """Every interactive node has a non-empty name: scrolled out of view or not (Qt 6.4 reports
    both as not visible), a screen reader reaches it."""
    for node in nodes:
        if node.interactive() and not node.name:
            extra = (" (description %r)" % node.description) if node.description else ""
            problem("%s: %s has no accessible name%s" % (where, node.role_name, extra))


def check_buttons_have_press(nodes, where):
    for node in nodes:
        if node.interactive() and node.role in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_PAGE_TAB):
            if "Press" not in node.actions:
                problem("%s: %s has no Press action" % (where, node.label()))


def check_no_minus_one(nodes, where):
    """A part of life skipped in a check-in must never be shown or read as -1."""
    for node in nodes:
        if ("-1" in node.name.split() or ": -1" in node.name or "-1" in node.description.split()):
            problem("%s: %s says -1 (a skipped part of life)" % (where, node.label()))


def type_into(node, text):
    """Types @p text into a text node: through AT-SPI where it allows (not for a password
    field, which Qt offers no EditableText for), else focused through AT-SPI and typed with
    xdotool on the test's own X display."""
    try:
        node.acc.queryEditableText().setTextContents(text)
        return
    except NotImplementedError:
        pass
    if "SetFocus" in node.actions:
        node.acc.queryAction().doAction(node.actions.index("SetFocus"))
    subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--name", "^CareCircle$",
                    "windowfocus", "--sync"], check=False, timeout=20,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.3)
    subprocess.run(["xdotool", "type", "--delay", "15", text], check=False, timeout=30)


def unlock(app):
    field = wait_for(lambda: find(app, pyatspi.ROLE_PASSWORD_TEXT), timeout=15)
    if not field:
        problem("unlock: no password field found")
        return False
    if not field.name:
        problem("unlock: the passphrase field has no accessible name in password mode")
    type_into(field, DEMO_PASSPHRASE)
    button = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Unlock with passphrase"))
    if not button:
        problem("unlock: no button 'Unlock with passphrase'")
        return False
    if not wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Unlock with passphrase").acc.getState().contains(
            pyatspi.STATE_ENABLED), timeout=5):
        problem("unlock: typing the passphrase did not reach the field ('Unlock' stays disabled)")
        return False
    check_names(walk(app), "unlock page")
    press(button, "unlock: 'Unlock with passphrase'")
    # Argon2 takes a moment: wait for the navigation.
    if wait_for(lambda: navigation_tabs(app), timeout=45):
        return True
    problem("unlock: pressing 'Unlock with passphrase' did not open the app")
    # Go on as a keyboard user would (Enter in the field), to find the other problems too.
    subprocess.run(["xdotool", "key", "Return"], check=False, timeout=10)
    return bool(wait_for(lambda: navigation_tabs(app), timeout=45))


def navigation_tabs(app):
    """The destinations of the main navigation (side navigation or bottom bar), without Lock.
    Qt 6.4 keeps a Control's own role whatever Accessible.role says, so they are found by
    the navigation's name, not by the page-tab roles the QML asks for."""
    for node in walk(app):
        if node.name == "Main navigation" and node.showing:
            return [tab for tab in walk(node.acc)[1:]
                    if tab.role in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PUSH_BUTTON) and tab.showing and tab.name
                    and not tab.name.startswith("Lock") and tab.name != "More pages"]
    return []


def visit_page(app, tab_name):
    """Presses the navigation button @p tab_name and checks the page it shows."""
    tab = next((node for node in navigation_tabs(app) if node.name == tab_name), None)
    if not tab:
        problem("navigation: no tab %r" % tab_name)
        return None
    before = page_title(app)
    if not press(tab, "navigation %r" % tab_name):
        return None
    changed = wait_for(lambda: page_title(app) not in ("", before))
    if not changed:
        problem("navigation: pressing %r did not change the page (still %r)" % (tab_name, before))
        return None
    nodes = walk(app)
    interactive = [node for node in nodes if node.interactive()]
    print("page %-12s %4d nodes, %3d interactive" % (tab_name, len(nodes), len(interactive)), flush=True)
    if len(interactive) < 3:
        problem("page %r: only %d interactive nodes found: the tree looks empty" % (tab_name, len(interactive)))
    where = "page %r" % tab_name
    check_names(nodes, where)
    check_buttons_have_press(nodes, where)
    check_no_minus_one(nodes, where)
    check_distinct_names(nodes, where)
    check_single_nodes(nodes, where)
    return nodes


def check_single_nodes(nodes, where):
    """A card that opens something is one node: not a button plus a list item saying the same."""
    buttons = {node.name for node in nodes if node.role == pyatspi.ROLE_PUSH_BUTTON and node.name}
    for node in nodes:
        if node.role == pyatspi.ROLE_LIST_ITEM and node.name in buttons:
            problem("%s: %r is exposed twice (a button and a list item)" % (where, node.name))


def check_distinct_names(nodes, where):
    """Check boxes and switches are told apart by their names alone (a screen reader's list)."""
    seen = {}
    for node in nodes:
        if node.role == pyatspi.ROLE_CHECK_BOX and node.name:
            seen[node.name] = seen.get(node.name, 0) + 1
    for name, count in seen.items():
        if count > 1:
            problem("%s: %d check boxes share the name %r" % (where, count, name))


def check_new_goal(app):
    button = find(app, pyatspi.ROLE_PUSH_BUTTON, "Write a new goal")
    if not button:
        problem("goals: no button 'Write a new goal'")
        return
    before = page_title(app)
    if not press(button, "goals: 'Write a new goal'"):
        return
    if not wait_for(lambda: page_title(app) not in ("", before)):
        problem("goals: pressing 'Write a new goal' did not open the goal editor")
        return
    nodes = walk(app)
    print("page %-12s %4d nodes" % ("goal editor", len(nodes)), flush=True)
    check_names(nodes, "goal editor")
    back = find(app, pyatspi.ROLE_PUSH_BUTTON, "Back")
    if back:
        press(back, "goal editor: 'Back'")


def check_modal_dialog(app):
    """On Settings: 'Change passphrase' opens a dialog; nothing behind it may be reachable."""
    button = find(app, pyatspi.ROLE_PUSH_BUTTON, "Change passphrase")
    if not button:
        problem("settings: no button 'Change passphrase'")
        return
    if not press(button, "settings: 'Change passphrase'"):
        return
    dialog = wait_for(lambda: find(app, pyatspi.ROLE_DIALOG))
    if not dialog:
        problem("settings: pressing 'Change passphrase' opened no dialog")
        return
    time.sleep(0.3)  # the dialog's open transition
    nodes = walk(app)
    inside = [node for node in nodes if node.in_dialog]
    behind = [node for node in nodes if not node.in_dialog and node.visible and node.interactive()]
    print("dialog: %d nodes, %d of them in the dialog, %d interactive behind it"
          % (len(nodes), len(inside), len(behind)), flush=True)
    check_names(inside, "change-passphrase dialog")
    if behind:
        problem("modal dialog: %d interactive nodes behind it are still reachable, e.g. %s"
                % (len(behind), ", ".join(node.label() for node in behind[:4])))
    cancel = [node for node in inside if node.role == pyatspi.ROLE_PUSH_BUTTON and node.name == "Cancel"]
    if not cancel:
        problem("change-passphrase dialog: no 'Cancel' button")
        return
    press(cancel[0], "dialog: 'Cancel'")
    if not wait_for(lambda: not find(app, pyatspi.ROLE_DIALOG)):
        problem("change-passphrase dialog: 'Cancel' did not close it")


def answer_slider(node):
    """Chooses a value on a check-in slider through AT-SPI (its Increase action)."""
    if "Increase" in node.actions:
        node.acc.queryAction().doAction(node.actions.index("Increase"))
        return True
    return False


def skipped_check_in(app):
    """Saves a check-in that skips 'Mind and mood', then the Trends page must not show -1."""
    start = find(app, pyatspi.ROLE_PUSH_BUTTON, "Start check-in")
    if not start or not press(start, "check-in: 'Start check-in'"):
        problem("check-in: cannot start a check-in")
        return
    if not wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Review")):
        problem("check-in: no 'Review' button after starting (is the window wide?)")
        return
    nodes = walk(app)
    check_names(nodes, "check-in flow")
    check_distinct_names(nodes, "check-in flow")
    sliders = [node for node in nodes if node.role == pyatspi.ROLE_SLIDER and ", how it is now" in node.name]
    answered = 0
    for node in sliders:
        if not node.name.startswith("Mind and mood") and answer_slider(node):
            answered += 1
    print("check-in: %d sliders, answered %d through AT-SPI" % (len(sliders), answered), flush=True)
    review = find(app, pyatspi.ROLE_PUSH_BUTTON, "Review")
    press(review, "check-in: 'Review'")
    save = wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Save check-in"))
    if not save:
        problem("check-in: no 'Save check-in' button on the review")
        return
    if not wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Save check-in").acc.getState().contains(
            pyatspi.STATE_ENABLED), timeout=3):
        problem("check-in: 'Save check-in' stays disabled: answering the sliders through AT-SPI recorded nothing")
        return
    press(save, "check-in: 'Save check-in'")
    if not wait_for(lambda: find(app, pyatspi.ROLE_PUSH_BUTTON, "Start check-in")):
        problem("check-in: saving did not return to the start")
        return
    nodes = visit_page(app, "Trends")
    if not nodes:
        return
    radar = [node for node in nodes if node.name.startswith("Radar of your six domains")]
    if not radar:
        problem("trends: no radar chart node")
        return
    print("trends radar: %s" % radar[0].name, flush=True)
    if "Mind and mood: not answered" not in radar[0].name:
        problem("trends: the radar does not say 'Mind and mood: not answered': %r" % radar[0].name)


def start_app(binary, workdir, size):
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "HOME": workdir,
        "XDG_CONFIG_HOME": os.path.join(workdir, "config"),
        "XDG_DATA_HOME": os.path.join(workdir, "data"),
        "XDG_CACHE_HOME": os.path.join(workdir, "cache"),
        "LANGUAGE": "en",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    })
    command = [binary, "--vault", os.path.join(workdir, "vault"), "--demo", "--size", size]
    log = open(os.path.join(workdir, "app.log"), "w")
    return subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def run(app_binary, size, workdir, dump_page=None):
    process = start_app(app_binary, workdir, size)
    try:
        app = find_app(30)
        if not app:
            problem("the app did not appear on the AT-SPI bus within 30 s")
            return
        if not unlock(app):
            return
        if dump_page:
            nodes = visit_page(app, dump_page) or []
            for node in nodes:
                print("%s%-14s %r %r %s" % ("D " if node.in_dialog else "", node.role_name, node.name, node.description[:60],
                                            ",".join(node.actions)) + ("" if node.visible else " (hidden)"))
            return
        tabs = [node.name for node in navigation_tabs(app)]
        print("navigation: %s" % ", ".join(tabs), flush=True)
        if len(tabs) < 5:
            problem("navigation: only %d page tabs found" % len(tabs))
        # The first destination is shown already: visit it last, so every press changes the page.
        for name in tabs[1:] + tabs[:1]:
            if out_of_time():
                problem("out of time before page %r" % name)
                return
            visit_page(app, name)
        if visit_page(app, "Goals"):
            check_new_goal(app)
        if visit_page(app, "Settings"):
            check_modal_dialog(app)
        if visit_page(app, "Check-in"):
            skipped_check_in(app)
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", required=True, help="the carecircle binary")
    parser.add_argument("--size", default="1200x900", help="window size (wide: side navigation)")
    parser.add_argument("--keep", action="store_true", help="keep the throw-away folder")
    parser.add_argument("--dump", metavar="PAGE", help="only print the nodes of this page (to write checks)")
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="carecircle-atspi-")
    try:
        run(args.app, args.size, workdir, args.dump)
    finally:
        if problems:
            log = os.path.join(workdir, "app.log")
            if os.path.exists(log):
                print("---- app output ----\n" + open(log).read()[-4000:], flush=True)
        if args.keep:
            print("kept " + workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    elapsed = time.monotonic() - started
    if problems:
        print("\n%d problem(s) in %.0f s:" % (len(problems), elapsed))
        for text in problems:
            print("  - " + text)
        return 1
    print("AT-SPI: no problems (%.0f s)" % elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
