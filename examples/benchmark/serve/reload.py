#!/usr/bin/env python3
# Time from a rule file's change to the new revision serving (GET /v1/rules), N times.
import json, sys, time, urllib.request, statistics
port, path, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
def rules():
    return json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/rules"))
times, compiles = [], []
for i in range(n):
    before = rules()["revision"]
    time.sleep(0.7)
    with open(path, "a") as f: f.write(f"# reload {time.time()}\n")
    start = time.monotonic()
    while True:
        r = rules()
        if r["revision"] != before: break
        time.sleep(0.002)
    times.append((time.monotonic() - start) * 1000)
    compiles.append(r["last_reload"]["seconds"] * 1000)
print("file change -> new revision ms:", " ".join(f"{t:.0f}" for t in times), "median", f"{statistics.median(times):.0f}")
print("read+compile ms:", " ".join(f"{t:.0f}" for t in compiles), "median", f"{statistics.median(compiles):.0f}")
