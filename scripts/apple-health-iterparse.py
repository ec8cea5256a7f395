#!/usr/bin/env python3
"""Reads an Apple Health export.xml the way Python tools do (xml.etree.ElementTree.iterparse,
clear() after each record), gathering what Plimsoll's reader gathers: workouts, hours asleep per
night, the first HRV and resting heart rate per day. Like Plimsoll, it drops the internal DTD
(iOS 16 writes it malformed) and the control characters XML forbids, or expat refuses the file.
Prints "<wall seconds> s, <cpu seconds> s cpu: <workouts> workouts, <days> days" (for docs/benchmarks.md).
Usage: python3 scripts/apple-health-iterparse.py export.xml"""
import re
import sys
import time
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

CONTROL = bytes(c for c in range(32) if c not in (9, 10, 13))
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
HRV = "HKQuantityTypeIdentifierHeartRateVariabilitySDNN"
RESTING = "HKQuantityTypeIdentifierRestingHeartRate"


class Filtered:
    """The file without its DTD and forbidden control characters, read in chunks."""

    def __init__(self, raw):
        self.raw = raw
        head = raw.read(1 << 20)
        self.head = re.sub(rb"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", b"", head, count=1, flags=re.S)

    def read(self, n=-1):
        if self.head is not None:
            chunk, self.head = self.head, None
        else:
            chunk = self.raw.read(n if n > 0 else 1 << 16)
        return chunk.translate(None, CONTROL)


def when(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")


def main(path):
    started, cpu = time.perf_counter(), time.process_time()
    workouts, sleep, hrv, resting = 0, {}, {}, {}
    with open(path, "rb") as raw:
        context = ET.iterparse(Filtered(raw), events=("start", "end"))
        _, root = next(context)
        depth = 1
        for event, elem in context:
            if event == "start":
                depth += 1
                continue
            depth -= 1
            if depth != 1:
                continue
            if elem.tag == "Workout":
                workouts += 1
            elif elem.tag == "Record":
                kind = elem.get("type")
                if kind == SLEEP and elem.get("value", "").startswith("HKCategoryValueSleepAnalysisAsleep"):
                    start, end = when(elem.get("startDate")), when(elem.get("endDate"))
                    sleep.setdefault((end + timedelta(hours=6)).date(), []).append((start, end))
                elif kind in (HRV, RESTING):
                    start = when(elem.get("startDate"))
                    days = hrv if kind == HRV else resting
                    old = days.get(start.date())
                    if old is None or start < old[0]:
                        days[start.date()] = (start, float(elem.get("value")))
            elem.clear()
            root.clear()
    nights = {}
    for night, stretches in sleep.items():
        stretches.sort()
        total, (lo, hi) = timedelta(), stretches[0]
        for s, e in stretches[1:]:
            if s > hi:
                total += hi - lo
                lo, hi = s, e
            else:
                hi = max(hi, e)
        nights[night] = (total + (hi - lo)).total_seconds() / 3600
    days = set(nights) | set(hrv) | set(resting)
    print(f"{time.perf_counter() - started:.2f} s, {time.process_time() - cpu:.2f} s cpu: "
          f"{workouts} workouts, {len(days)} days")


if __name__ == "__main__":
    main(sys.argv[1])
