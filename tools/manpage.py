#!/usr/bin/python3
"""Writes the man page of mailflow-cli from its --help: manpage.py MAILFLOW_CLI OUTPUT.1 VERSION"""
import re
import subprocess
import sys

cli, output, version = sys.argv[1:4]
help_text = subprocess.run([cli, "--help"], check=True, capture_output=True, text=True,
                           env={"LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}).stdout


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


head, _, options = help_text.partition("\nOptions:\n")
head_lines = head.splitlines()[1:]  # drop "Usage: …"
entries = []
for line in options.splitlines():
    match = re.match(r"^  (-\S.*?)(?:\s{2,}(.*))?$", line)
    if match and not line.startswith("   "):
        entries.append([match.group(1), match.group(2) or ""])
    elif entries and line.strip():
        entries[-1][1] += " " + line.strip()

out = [f'.TH MAILFLOW-CLI 1 "" "Mailflow {version}" "User Commands"',
       ".SH NAME", "mailflow\\-cli \\- test an SMTP server step by step, with a transcript and a checklist",
       ".SH SYNOPSIS", ".B mailflow\\-cli", "[\\fIoptions\\fR]",
       ".SH DESCRIPTION", ".nf"]
out += [roff(line) for line in head_lines]
out += [".fi", ".SH OPTIONS"]
for names, text in entries:
    names = re.sub(r"<([^>]+)>", r"\\fI\1\\fR", roff(names))
    out += [".TP", f"\\fB{names}\\fR", roff(text.strip())]
out += [".SH FILES",
        ".TP", "\\fI~/.local/share/Mailflow/mailflow/profiles/\\fR", "saved test profiles (one JSON file each)",
        ".TP", "\\fI~/.local/share/Mailflow/mailflow/history/history.sqlite\\fR", "the run history",
        ".TP", "\\fI~/.config/Mailflow/mailflow\\-cli.conf\\fR", "settings",
        ".SH SEE ALSO", "\\fBmailflow\\fR(1), \\fBswaks\\fR(1), \\fBsmtp\\-source\\fR(1)"]
with open(output, "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
