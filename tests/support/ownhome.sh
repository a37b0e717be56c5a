#!/bin/sh
# Runs one test suite with its own empty data and settings folders, removed afterwards: no suite reads
# or writes the profiles, history or settings of the user running the tests, nor those of another suite.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$@"
