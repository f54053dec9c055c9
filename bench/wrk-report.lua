-- wrk script: optional pacing and a JSON summary line.
-- WRK_DELAY_MS > 0 makes every connection wait that long between its requests (wrk's delay() hook),
-- which holds the offered rate near connections * 1000 / WRK_DELAY_MS per second. wrk is closed-loop:
-- a slow response delays the next request, so tail latency under pacing is understated (no correction
-- for coordinated omission, which wrk2 would give but Debian does not package).
local pace = tonumber(os.getenv("WRK_DELAY_MS") or "0")

if pace > 0 then
  function delay()
    return pace
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests":%d,"seconds":%.2f,"rps":%.1f,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_ms":{"mean":%.3f,"p50":%.3f,"p75":%.3f,"p90":%.3f,"p99":%.3f,"p999":%.3f,"max":%.3f}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(75) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency:percentile(99.9) / 1000, latency.max / 1000))
end
