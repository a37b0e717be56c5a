#!/usr/bin/python3
"""Validates a JSON document (a file, or stdin for "-") against a JSON Schema with python3-jsonschema.

Prints one line per problem ("path: message") and exits 1 when the document is invalid, 0 when it is
valid, 2 when it cannot check at all (no python3-jsonschema, unreadable schema or document)."""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (apt-get install python3-jsonschema; tools/setup.sh does it)")
    sys.exit(2)


def main():
    if len(sys.argv) != 3:
        print("usage: validate_json.py SCHEMA.json DOCUMENT.json|-")
        return 2
    try:
        with open(sys.argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        if sys.argv[2] == "-":
            document = json.load(sys.stdin)
        else:
            with open(sys.argv[2], encoding="utf-8") as f:
                document = json.load(f)
    except (OSError, ValueError) as e:
        print("cannot read: %s" % e)
        return 2
    # The draft the schema declares in "$schema"; a schema that is itself invalid is a problem too.
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print("the schema is not valid: %s" % e.message)
        return 2
    errors = sorted(validator_class(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        path = "$" + "".join("[%d]" % p if isinstance(p, int) else ".%s" % p for p in error.absolute_path)
        print("%s: %s" % (path, error.message))
    return 1 if errors else 0


sys.exit(main())
