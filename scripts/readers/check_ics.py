"""Reads Leerteam's calendar files back with two independent parsers (icalendar and ical) and checks
what a calendar program needs: CRLF lines of at most 75 octets, unique UIDs, whole-day events with
their dates, a summary and a display alarm 15 hours before, and the same reading from both parsers.

    check_ics.py FILE:EVENTS [FILE:EVENTS ...]

Prints one line per file; exits non-zero at the first file that fails, saying why.
"""

import datetime
import sys

import icalendar
from ical.calendar_stream import IcsCalendarStream


def raw_lines(data: bytes):
    if not data.endswith(b"\r\n"):
        raise AssertionError("the file does not end in CRLF")
    lines = data.split(b"\r\n")[:-1]
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            raise AssertionError(f"line {number} holds a bare line break")
        if len(line) > 75:
            raise AssertionError(f"line {number} is {len(line)} octets")
    return lines


def with_icalendar(data: bytes):
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar.get("METHOD")) == "PUBLISH", "METHOD is not PUBLISH"
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        assert type(start) is datetime.date, f"{event['UID']}: not a whole day"
        assert end - start == datetime.timedelta(days=1), f"{event['UID']}: not one day"
        alarms = [alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
        events.append((str(event["UID"]), start, str(event["SUMMARY"]), alarms))
    return events


def with_ical(text: str):
    calendar = IcsCalendarStream.calendar_from_ics(text)
    events = []
    for event in calendar.events:
        alarms = [alarm.trigger for alarm in event.alarm]
        events.append((event.uid, event.dtstart, event.summary, alarms))
    return events


def check(path: str, expected: int):
    data = open(path, "rb").read()
    raw_lines(data)
    first = sorted(with_icalendar(data))
    second = sorted(with_ical(data.decode("utf-8")))
    assert len(first) == expected, f"icalendar read {len(first)} events, expected {expected}"
    assert len({uid for uid, *_ in first}) == len(first), "a UID is used twice"
    assert first == second, f"the parsers disagree:\n{first}\n{second}"
    for uid, start, summary, alarms in first:
        assert summary.startswith(("Leerteam:", "Learning Team:")), f"{uid}: summary {summary!r}"
        assert alarms == [datetime.timedelta(hours=-15)], f"{uid}: alarms {alarms}"
    print(f"{path}: {len(first)} events read alike by icalendar {icalendar.__version__} and ical")


def main():
    for argument in sys.argv[1:]:
        path, _, count = argument.rpartition(":")
        try:
            check(path, int(count))
        except AssertionError as error:
            print(f"{path}: {error}", file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
