#!/usr/bin/python3
"""Validates an iCalendar file with a real parser (Debian's python3-icalendar).

usage: /usr/bin/python3 tests/tools/validate_ics.py [--no-app-name] FILE.ics
Prints "events: N" and exits 0 when the file parses, every VEVENT has UID, DTSTAMP, DTSTART,
SUMMARY and RRULE, every line ends with CRLF and none is longer than 75 octets.
With --no-app-name, also fails when the file names Hearth anywhere (the default calendar file must
not: a shared calendar would reveal the app).
Exits 1 (with the reason) when not, and 77 when python3-icalendar is missing (a skip).
"""
import sys

try:
    import icalendar
except ImportError:
    print("SKIP: python3-icalendar is not installed")
    sys.exit(77)


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def main(path, no_app_name=False):
    data = open(path, "rb").read()
    if no_app_name and b"hearth" in data.lower():
        fail("the file names Hearth")
    if not data.endswith(b"\r\n"):
        fail("the file does not end with CRLF")
    lines = data.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            fail(f"line {n} has a bare line break")
        if len(line) > 75:
            fail(f"line {n} is {len(line)} octets long")
        line.decode("utf-8")  # a fold never splits a character
    cal = icalendar.Calendar.from_ical(data)
    if cal.name != "VCALENDAR":
        fail("not a VCALENDAR")
    for key in ("VERSION", "PRODID"):
        if key not in cal:
            fail(f"the calendar has no {key}")
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    uids = set()
    for ev in events:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "RRULE"):
            if key not in ev:
                fail(f"an event has no {key}")
        if "DURATION" not in ev and "DTEND" not in ev:
            fail("an event has neither DURATION nor DTEND")
        if str(ev["UID"]) in uids:
            fail("two events share a UID")
        uids.add(str(ev["UID"]))
        rrule = ev["RRULE"]
        if rrule.get("FREQ", [None])[0] not in ("WEEKLY", "MONTHLY"):
            fail("an RRULE is neither weekly nor monthly")
    print(f"events: {len(events)}")
    for ev in events:
        print(f"  {ev['SUMMARY']} | {ev['RRULE'].to_ical().decode()}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--no-app-name"]
    if len(args) != 1:
        print(__doc__)
        sys.exit(2)
    main(args[0], no_app_name="--no-app-name" in sys.argv[1:])
